import { findDateRange } from '../../src/domain/date-ranges';
import { findDegree } from '../../src/domain/degree-levels';
import { isLikelyChineseName, isPlausibleName } from '../../src/domain/person-names';
import { headingKind } from '../../src/domain/resume-sections';
import { cleanCity } from '../../src/domain/personal-fields';

describe('findDateRange', () => {
  it.each([
    ['2013.09-2017.06', { year: 2013, month: 9 }, { year: 2017, month: 6 }],
    ['2013年9月—2017年6月', { year: 2013, month: 9 }, { year: 2017, month: 6 }],
    ['2013/09 ~ 2017/06', { year: 2013, month: 9 }, { year: 2017, month: 6 }],
    ['2016-2018', { year: 2016 }, { year: 2018 }],
    ['2016 至 2018', { year: 2016 }, { year: 2018 }],
    ['Jun 2015 – Dec 2017', { year: 2015, month: 6 }, { year: 2017, month: 12 }],
    ['September 2012 to May 2016', { year: 2012, month: 9 }, { year: 2016, month: 5 }],
    ['09/2012 - 05/2016', { year: 2012, month: 9 }, { year: 2016, month: 5 }],
    ['2019-03-01 - 2020-02-28', { year: 2019, month: 3 }, { year: 2020, month: 2 }],
  ])('reads %p', (text, start, end) => {
    expect(findDateRange(`某某公司 ${text} 职位`)).toMatchObject({ start, end, current: false });
  });

  it.each(['2018.07-至今', '2018.07至今', '2018年7月 - 现在', 'Jul 2018 – Present', '2018 - now'])('reads the open range %p', (text) => {
    expect(findDateRange(text)).toMatchObject({ start: { year: 2018 }, current: true });
    expect(findDateRange(text)?.end).toBeUndefined();
  });

  it('keeps a lone year as the end (a graduation year)', () => {
    expect(findDateRange('The University of Hong Kong, 2021')).toMatchObject({ end: { year: 2021 }, current: false });
    expect(findDateRange('The University of Hong Kong, 2021')?.start).toBeUndefined();
  });

  it('does not read phone numbers or amounts as years', () => {
    expect(findDateRange('手机 13812345678 月薪 20000')).toBeUndefined();
  });
});

describe('headingKind', () => {
  it.each([
    ['教育背景', 'education'],
    ['【工作经验】', 'work'],
    ['■ 专业技能', 'skills'],
    ['一、教育经历', 'education'],
    ['EDUCATION', 'education'],
    ['Work Experience:', 'work'],
    ['教育背景 Education', 'education'],
    ['Languages 语言能力', 'languages'],
    ['项目经历', 'projects'],
    ['自我评价：', 'summary'],
  ])('reads %p as %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it.each(['工作经验：5年', '技能：Java', '学历', '复旦大学 本科', 'Education and Experience Summary'])('reads %p as content', (line) => {
    expect(headingKind(line)).toBeUndefined();
  });
});

describe('findDegree', () => {
  it.each([
    ['本科', 'bachelor'],
    ['统招本科', 'bachelor'],
    ['学士学位', 'bachelor'],
    ['大专', 'associate'],
    ['专科', 'associate'],
    ['中专', 'high_school'],
    ['高中', 'high_school'],
    ['硕士研究生', 'master'],
    ['博士研究生', 'doctorate'],
    ['B.S. in Physics', 'bachelor'],
    ['BSc Economics', 'bachelor'],
    ['Bachelor of Arts', 'bachelor'],
    ['M.S. Computer Science', 'master'],
    ['MBA', 'master'],
    ['Master of Engineering', 'master'],
    ['PhD', 'doctorate'],
    ['Ph.D. candidate', 'doctorate'],
    ['Associate Degree in Nursing', 'associate'],
    ['Diploma in Hospitality', 'other'],
  ])('reads %p as %s', (text, level) => {
    expect(findDegree(text)?.level).toBe(level);
  });

  it('finds no degree in ordinary words', () => {
    expect(findDegree('Massachusetts Institute of Technology, Boston')).toBeUndefined();
  });
});

describe('names and cities', () => {
  it.each(['张伟', '李娜', '欧阳娜娜', '司马懿', '王 芳'])('takes %p for a Chinese name', (name) => {
    expect(isLikelyChineseName(name)).toBe(true);
  });

  it.each(['个人简历', '简历', '求职意向', '应聘', '教育背景', '欧阳', '张', '张伟伟伟伟', 'Java'])('does not take %p for a Chinese name', (text) => {
    expect(isLikelyChineseName(text)).toBe(false);
  });

  it('accepts a labelled ethnic name with a middle dot', () => {
    expect(isPlausibleName('买买提·艾力')).toBe(true);
  });

  it.each([
    ['上海市浦东新区', '上海'],
    ['广东省深圳市南山区', '深圳'],
    ['杭州/上海', '杭州'],
    ['新疆维吾尔自治区乌鲁木齐市', '乌鲁木齐'],
    ['Shanghai, China', 'Shanghai'],
  ])('reads the city of %p as %p', (text, city) => {
    expect(cleanCity(text)).toBe(city);
  });
});
