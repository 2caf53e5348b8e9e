import { MAX_TERM_LENGTH, queryTokens, tokenize } from '../../src/infra/search-tokenizer';

/** What the repository does: a document matches when it holds every query term. */
const matches = (document: string, query: string) => {
  const terms = new Set(tokenize(document));
  const wanted = queryTokens(query);
  return wanted.length > 0 && wanted.every((term) => terms.has(term));
};

const chineseResume = `姓名：张伟 手机：138-1234-5678
2011.09-2015.06 复旦大学 计算机科学与技术 本科
2018.07-至今 阿里巴巴（中国）有限公司 高级Java开发工程师
专业技能：精通Java，熟悉Spring Boot、MyBatis和MySQL的使用`;
const englishResume = `JOHN SMITH — Senior Software Engineer at Google LLC.
Built the payments platform with Spring Boot, Node.js, C++ and C#; 8+ years of experience.`;

describe('tokenize', () => {
  it('segments Chinese into words and their parts, lowercases Latin words, keeps numbers', () => {
    const terms = tokenize(chineseResume);
    expect(terms).toEqual(expect.arrayContaining(['张伟', '复旦', '大学', '复旦大学', '阿里', '巴巴', '阿里巴巴', '有限公司', '计算机']));
    expect(terms).toEqual(expect.arrayContaining(['java', 'spring', 'boot', 'mybatis', 'mysql', '138', '1234', '5678', '2011', '09']));
  });

  it('drops punctuation and stop words, and de-duplicates', () => {
    const terms = tokenize('我的简历：Java、Java，和 the JAVA of 开发的开发。');
    expect(terms.sort()).toEqual(['java', '开发', '简历'].sort());
  });

  it('keeps C++ and C# as terms and splits Node.js', () => {
    expect(tokenize(englishResume)).toEqual(expect.arrayContaining(['c++', 'c#', 'node', 'js', 'google', 'llc', '8+']));
  });

  it('folds full-width letters and digits', () => {
    expect(tokenize('ＪＡＶＡ工程师 ２０２０')).toEqual(expect.arrayContaining(['java', '2020', '工程师']));
  });

  it(`clips terms to ${MAX_TERM_LENGTH} characters`, () => {
    const [term] = tokenize('x'.repeat(100));
    expect(term).toHaveLength(MAX_TERM_LENGTH);
    expect(matches('x'.repeat(100), 'x'.repeat(100))).toBe(true);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ，。！？ --- ')).toEqual([]);
  });
});

describe('queryTokens', () => {
  it('keeps the finest parts of a Chinese query', () => {
    expect(queryTokens('复旦大学')).toEqual(['复旦', '大学']);
    expect(queryTokens('阿里巴巴')).toEqual(['阿里', '巴巴']);
    expect(queryTokens('Java开发')).toEqual(['java', '开发']);
    expect(queryTokens('Spring Boot')).toEqual(['spring', 'boot']);
    expect(queryTokens('张伟')).toEqual(['张伟']);
  });

  it.each([
    [chineseResume, '张伟'],
    [chineseResume, 'java'],
    [chineseResume, 'JAVA'],
    [chineseResume, 'Java开发'],
    [chineseResume, '阿里巴巴'],
    [chineseResume, '复旦大学'],
    [chineseResume, '复旦'],
    [chineseResume, 'Spring Boot'],
    [chineseResume, 'spring boot mysql'],
    [chineseResume, '13812345678'.slice(0, 3)],
    ['上海交通大学 软件工程 硕士', '交通大学'],
    ['北京字节跳动科技有限公司', '字节跳动'],
    ['欧阳娜娜，毕业于中山大学', '欧阳娜娜'],
    [englishResume, 'John Smith'],
    [englishResume, 'node.js'],
    [englishResume, 'c++'],
    [englishResume, 'Spring Boot'],
  ])('finds %p by %p', (document, query) => {
    expect(matches(document, query)).toBe(true);
  });

  it.each([
    [chineseResume, '李娜'],
    [chineseResume, '北京大学'],
    [chineseResume, 'python'],
    [chineseResume, 'Java 腾讯'],
    [englishResume, 'c'],
    ['张伟明 销售经理', '张伟'],
  ])('does not find %p by %p', (document, query) => {
    expect(matches(document, query)).toBe(false);
  });

  it('gives nothing for a query of stop words and punctuation', () => {
    expect(queryTokens('的 the ，')).toEqual([]);
  });
});
