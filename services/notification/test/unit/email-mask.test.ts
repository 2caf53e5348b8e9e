import { maskEmail, maskEmailsIn } from '../../src/domain/email-mask';

describe('masking e-mail addresses for the delivery log', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskEmail('  Ann@Example.COM ')).toBe('A***@Example.COM');
  });

  it('keeps a whole Chinese character, emoji or accented letter, and an IDN domain as given', () => {
    expect(maskEmail('张三@例子.中国')).toBe('张***@例子.中国');
    expect(maskEmail('👩‍💻dev@example.com')).toBe('👩‍💻***@example.com');
    expect(maskEmail('e\u0301lodie@exämple.de')).toBe('e\u0301***@exämple.de');
    expect(maskEmail('li@xn--fsqu00a.xn--fiqs8s')).toBe('l***@xn--fsqu00a.xn--fiqs8s');
  });

  it('reveals nothing of a one-character local part or of something that is not an address', () => {
    expect(maskEmail('a@example.com')).toBe('***@example.com');
    expect(maskEmail('not-an-address')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
    expect(maskEmail('ann@')).toBe('***');
  });

  it('masks on the last @, so a quoted local part with an @ stays hidden', () => {
    expect(maskEmail('"a@b"@example.com')).toBe('"***@example.com');
  });

  it('masks every address inside an SMTP error and leaves the rest of it', () => {
    expect(maskEmailsIn('550 5.1.1 <zhang.san@example.com>: Recipient address rejected; copy to 张三@例子.中国')).toBe(
      '550 5.1.1 <z***@example.com>: Recipient address rejected; copy to 张***@例子.中国',
    );
    expect(maskEmailsIn('421 4.7.0 try again later')).toBe('421 4.7.0 try again later');
  });
});
