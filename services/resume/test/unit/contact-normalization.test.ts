import { extractEmails, extractPhones, normalizeEmail, normalizePhone } from '../../src/domain/contact-normalization';

describe('normalizePhone', () => {
  it.each([
    '13812345678',
    '138-1234-5678',
    '138 1234 5678',
    '+86 138 1234 5678',
    '+8613812345678',
    '+86-138-1234-5678',
    '0086 13812345678',
    '008613812345678',
    '86-13812345678',
    '8613812345678',
    '(+86)13812345678',
    '(+86) 138-1234-5678',
    '１３８１２３４５６７８',
    '＋８６ １３８－１２３４－５６７８',
    ' 138.1234.5678 ',
  ])('reads the mainland mobile %p as +8613812345678', (raw) => {
    expect(normalizePhone(raw)).toBe('+8613812345678');
  });

  it.each([
    ['010-12345678', '+861012345678'],
    ['(010)12345678', '+861012345678'],
    ['021 6123 4567', '+862161234567'],
    ['0755-12345678', '+8675512345678'],
    ['0755-1234567', '+867551234567'],
    ['0591-87654321', '+8659187654321'],
    ['+86 10 1234 5678', '+861012345678'],
    ['0086-10-12345678', '+861012345678'],
  ])('reads the mainland landline %p as %p', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each([
    ['+1 415 555 0100', '+14155550100'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['+852 9123 4567', '+85291234567'],
    ['+852 2123 4567', '+85221234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+44 7911 123456', '+447911123456'],
    ['+81 3-1234-5678', '+81312345678'],
  ])('reads the international number %p as %p', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['', '   ', 'abc', '12345', '95588', '1381234567', '138123456789', '+86 12345678901', '2013.09-2017.06', '201309201706', '123456789', 'QQ:12345678', 'x'.repeat(60), null, undefined])(
    'refuses %p',
    (raw) => {
      expect(normalizePhone(raw)).toBeUndefined();
    },
  );
});

describe('extractPhones', () => {
  it('finds mobiles, landlines and international numbers in Chinese text, in order, once each', () => {
    const text = `姓名：张伟 手机：13812345678邮箱：zw@163.com
      办公电话：010-12345678，深圳分部 0755-1234567；Tel: (+86)139 1234 5678, 海外 +1 415-555-0100
      再次：138 1234 5678 教育：2013.09-2017.06 复旦大学 2013年9月—2017年6月 QQ：123456789`;
    expect(extractPhones(text)).toEqual(['+8613812345678', '+861012345678', '+867551234567', '+8613912345678', '+14155550100']);
  });

  it('reads full-width digits', () => {
    expect(extractPhones('联系电话：１３９－８７６５－４３２１')).toEqual(['+8613987654321']);
  });

  it('finds nothing in text without numbers', () => {
    expect(extractPhones('Java 开发工程师 2018 – Present')).toEqual([]);
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['  Zhang.Wei@Example.COM ', 'zhang.wei@example.com'],
    ['zhangwei＠163．com', 'zhangwei@163.com'],
    ['ＺＷ＠ＱＱ．ＣＯＭ', 'zw@qq.com'],
    ['lina_hr@qq。com', 'lina_hr@qq.com'],
    ['first+tag@sub.example.com.cn', 'first+tag@sub.example.com.cn'],
  ])('normalises %p to %p', (raw, email) => {
    expect(normalizeEmail(raw)).toBe(email);
  });

  it.each(['', 'zhangwei', 'zhang@', '@163.com', 'zhang@163', 'a..b@163.com', '.a@163.com', 'a@-163.com', 'a b@163.com', '张伟@163.com', null])(
    'refuses %p',
    (raw) => {
      expect(normalizeEmail(raw)).toBeUndefined();
    },
  );
});

describe('extractEmails', () => {
  it('finds addresses next to Chinese text and full-width punctuation', () => {
    const text = '邮箱：Zhang.Wei＠163．com手机：13812345678\nE-mail:lina@qq.com。备用邮箱 lina@qq.com; work: w.li@corp.example.cn.';
    expect(extractEmails(text)).toEqual(['zhang.wei@163.com', 'lina@qq.com', 'w.li@corp.example.cn']);
  });

  it('finds nothing without an address', () => {
    expect(extractEmails('@ 某公司 . com')).toEqual([]);
  });
});
