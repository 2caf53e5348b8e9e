import { CandidateIdentity, duplicateKeys, scoreDuplicate, withinOneEdit } from '../../src/domain/duplicate-scoring';
import { normalizeOrganization } from '../../src/domain/identity-normalization';

const person = (overrides: Partial<CandidateIdentity> = {}): CandidateIdentity => ({
  phones: [],
  emails: [],
  schools: [],
  employers: [],
  ...overrides,
});

describe('scoreDuplicate: the same person', () => {
  it('is certain on the same phone written differently', () => {
    const a = person({ name: '张伟', phones: ['138-1234-5678'] });
    const b = person({ name: '张玮', phones: ['+86 138 1234 5678', '010-12345678'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'same', score: 1, reasons: ['same_phone'] });
  });

  it('is certain on the same e-mail whatever its case or width', () => {
    const a = person({ emails: ['Zhang.Wei＠163．com'] });
    const b = person({ emails: ['zhang.wei@163.com'], phones: ['13900000000'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'same', score: 1, reasons: ['same_email'] });
  });

  it('names both when phone and e-mail match', () => {
    const a = person({ phones: ['13812345678'], emails: ['a@b.cn'] });
    expect(scoreDuplicate(a, a).reasons).toEqual(['same_phone', 'same_email']);
  });

  it('ignores contacts that do not normalise', () => {
    const a = person({ phones: ['n/a'], emails: ['none'] });
    expect(scoreDuplicate(a, a).verdict).toBe('different');
  });
});

describe('scoreDuplicate: possibly the same person', () => {
  it('matches the same Chinese name and the same school', () => {
    const a = person({ name: '张 伟', schools: ['复旦大学'] });
    const b = person({ name: '张伟', schools: ['上海交通大学', '复旦大学'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'possible', score: 0.9, reasons: ['same_name', 'shared_school'] });
  });

  it('matches an employer written with and without its legal form', () => {
    const a = person({ name: '李娜', employers: ['阿里巴巴（中国）有限公司'] });
    const b = person({ name: '李娜', employers: ['阿里巴巴集团'] });
    expect(scoreDuplicate(a, b)).toMatchObject({ verdict: 'possible', reasons: ['same_name', 'shared_employer'] });
  });

  it('matches an employer named inside a longer registered name', () => {
    const a = person({ name: '王芳', employers: ['深圳市腾讯计算机系统有限公司'] });
    const b = person({ name: '王芳', employers: ['腾讯'] });
    expect(scoreDuplicate(a, b).verdict).toBe('possible');
  });

  it('gives more weight to a shared school and employer', () => {
    const a = person({ name: 'Wei Zhang', schools: ['Fudan University'], employers: ['Google LLC'] });
    const b = person({ name: 'Wei Zhang', schools: ['FUDAN UNIVERSITY'], employers: ['Google'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'possible', score: 0.95, reasons: ['same_name', 'shared_school', 'shared_employer'] });
  });

  it('matches Latin names in swapped order', () => {
    const a = person({ name: 'ZHANG Wei', employers: ['Microsoft (China) Co., Ltd.'] });
    const b = person({ name: 'Wei Zhang', employers: ['Microsoft'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'possible', score: 0.87, reasons: ['swapped_name', 'shared_employer'] });
  });

  it('matches Latin names one edit apart, accents and full-width ignored', () => {
    const a = person({ name: 'Jon Smith', schools: ['MIT'] });
    const b = person({ name: 'John Smith', schools: ['mit'] });
    expect(scoreDuplicate(a, b)).toMatchObject({ verdict: 'possible', reasons: ['similar_name', 'shared_school'] });
    const c = person({ name: 'José Ｇarcía', employers: ['Acme Inc.'] });
    const d = person({ name: 'jose garcia', employers: ['ACME'] });
    expect(scoreDuplicate(c, d)).toMatchObject({ verdict: 'possible', reasons: ['same_name', 'shared_employer'] });
  });
});

describe('scoreDuplicate: different people', () => {
  it('keeps Chinese names one character apart apart', () => {
    const a = person({ name: '张伟', schools: ['复旦大学'] });
    const b = person({ name: '张玮', schools: ['复旦大学'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'different', score: 0.1, reasons: ['shared_school'] });
  });

  it('needs a shared school or employer besides the name', () => {
    const a = person({ name: '王磊', schools: ['北京大学'], employers: ['百度'] });
    const b = person({ name: '王磊', schools: ['清华大学'], employers: ['京东'] });
    expect(scoreDuplicate(a, b)).toEqual({ verdict: 'different', score: 0.3, reasons: ['same_name'] });
  });

  it('does not match Latin names two edits apart', () => {
    const a = person({ name: 'Jon Smyth', schools: ['MIT'] });
    const b = person({ name: 'John Smith', schools: ['MIT'] });
    expect(scoreDuplicate(a, b).verdict).toBe('different');
  });

  it('compares people without names or organisations', () => {
    expect(scoreDuplicate(person(), person())).toEqual({ verdict: 'different', score: 0, reasons: [] });
  });
});

describe('duplicateKeys', () => {
  it('gives normalised, de-duplicated phones and e-mails and one name key', () => {
    const keys = duplicateKeys(
      person({ name: ' 张  伟 ', phones: ['138-1234-5678', '+8613812345678', 'garbage'], emails: ['ZW@163.COM', 'zw＠163．com'] }),
    );
    expect(keys).toEqual({ phones: ['+8613812345678'], emails: ['zw@163.com'], nameKey: '张伟' });
  });

  it('gives swapped Latin names the same key', () => {
    expect(duplicateKeys(person({ name: 'Wei ZHANG' })).nameKey).toBe(duplicateKeys(person({ name: 'zhang  wei' })).nameKey);
  });

  it('has no name key without a name', () => {
    expect(duplicateKeys(person()).nameKey).toBeUndefined();
  });
});

describe('helpers', () => {
  it.each([
    ['阿里巴巴（中国）有限公司', '阿里巴巴'],
    ['华为技术有限公司', '华为技术'],
    ['中国平安保险（集团）股份有限公司', '中国平安保险'],
    ['Microsoft (China) Co., Ltd.', 'microsoft'],
    ['Google LLC', 'google'],
    ['Princeton University', 'princetonuniversity'],
  ])('normalises the organisation %p to %p', (name, normalized) => {
    expect(normalizeOrganization(name)).toBe(normalized);
  });

  it.each([
    ['smith', 'smyth', true],
    ['jon', 'john', true],
    ['john', 'jon', true],
    ['john', 'johnny', false],
    ['abc', 'abc', true],
    ['abc', 'cba', false],
  ])('withinOneEdit(%p, %p) is %p', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
