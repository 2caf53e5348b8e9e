import { extractFields } from '../../src/domain/resume-fields';
import { NOW, chineseLabelled, chineseTable, englishLabelled, englishPlain, mixedMessy } from './resume-fixtures';

const parse = (text: string) => extractFields(text, { now: NOW });

describe('extractFields on Chinese resumes', () => {
  it('reads a labelled template with 求职意向, aligned columns and numbered skills', () => {
    expect(parse(chineseLabelled)).toEqual({
      name: '张伟',
      phone: '+8613812345678',
      email: 'zhang.wei@163.com',
      gender: 'male',
      birthYear: 1990,
      city: '上海',
      education: [
        { school: '复旦大学', degree: 'bachelor', major: '计算机科学与技术', startYear: 2011, endYear: 2015 },
        { school: '上海交通大学', degree: 'master', major: '软件工程', startYear: 2015, endYear: 2018 },
      ],
      workHistory: [
        {
          employer: '上海携程商务有限公司',
          title: 'Java开发工程师',
          startYear: 2018,
          endYear: 2020,
          description: '负责酒店预订系统的后端开发,参与服务化改造。',
        },
        {
          employer: '阿里巴巴(中国)有限公司',
          title: '高级Java开发工程师',
          startYear: 2021,
          description: '负责淘宝交易链路的核心系统设计与开发,日均订单量千万级。',
        },
      ],
      yearsOfExperience: 6,
      skills: ['Java', 'Spring Boot', 'MyBatis', 'MySQL', 'Redis', 'Kafka', 'Docker', 'Kubernetes'],
      languages: ['英语六级(CET-6)'],
    });
  });

  it('reads a table template: unlabelled name, 28岁, Chinese dates, entries spread over lines', () => {
    expect(parse(chineseTable)).toEqual({
      name: '李娜',
      phone: '+8613987654321',
      email: 'lina_hr@qq.com',
      gender: 'female',
      birthYear: 1998,
      city: '深圳',
      education: [{ school: '中山大学', degree: 'bachelor', major: '人力资源管理', startYear: 2013, endYear: 2017 }],
      workHistory: [
        {
          employer: '深圳市腾讯计算机系统有限公司',
          title: 'HRBP',
          startYear: 2019,
          description: '负责研发团队的招聘与员工关系,年招聘200+人。',
        },
        { employer: '华为技术有限公司', title: '招聘专员', startYear: 2017, endYear: 2019, description: '- 负责校园招聘全流程' },
      ],
      yearsOfExperience: 5,
      skills: ['招聘面试', '员工关系', '薪酬绩效', 'Excel', 'SAP'],
      languages: ['英语四级', '粤语流利'],
    });
  });

  it('reads the 司马/欧阳 compound surnames on the first line and skips a 个人简历 title', () => {
    expect(parse('个人简历\n欧阳娜娜\n手机 13600001111').name).toBe('欧阳娜娜');
    expect(parse('司马懿 | 男 | 1992年生\n求职意向：销售').name).toBe('司马懿');
    expect(parse('司马懿 | 男 | 1992年生').birthYear).toBe(1992);
  });

  it.each(['个人简历', '简历', '求职意向', '应聘销售代表', '基本信息'])('does not take the title %p for a name', (title) => {
    expect(parse(`${title}\n电话：13800001111`).name).toBeUndefined();
  });

  it('takes labels from table cells on separate lines', () => {
    const parsed = parse('姓名\n陈静\n性别\n女\n出生日期\n1996-08-12\n手机号码\n15900002222\n所在地\n浙江省杭州市');
    expect(parsed).toMatchObject({ name: '陈静', gender: 'female', birthYear: 1996, phone: '+8615900002222', city: '杭州' });
  });

  it('counts 工作年限 from the jobs when the resume does not state it, overlapping jobs once', () => {
    const text = `工作经历
2016.03-2018.02 北京字节跳动科技有限公司 产品经理
2017.06-2019.02 兼职：北京某某咨询有限公司 顾问
2019.03-2021.02 美团点评集团 高级产品经理`;
    const parsed = parse(text);
    expect(parsed.workHistory.map((w) => w.employer)).toEqual(['北京字节跳动科技有限公司', '北京某某咨询有限公司', '美团点评集团']);
    expect(parsed.yearsOfExperience).toBe(5);
  });

  it('reads labelled work entries (公司名称 / 职位 / 在职时间 / 工作描述)', () => {
    const text = `工作经验
公司名称：北京字节跳动科技有限公司
职位：产品经理
在职时间：2016年3月—2018年6月
工作描述：负责抖音电商后台。
公司名称：小米科技有限责任公司
职位：高级产品经理
在职时间：2018年7月—至今`;
    expect(parse(text).workHistory).toEqual([
      { employer: '北京字节跳动科技有限公司', title: '产品经理', startYear: 2016, endYear: 2018, description: '负责抖音电商后台。' },
      { employer: '小米科技有限责任公司', title: '高级产品经理', startYear: 2018 },
    ]);
  });

  it('maps 大专, 中专, 高中 and 博士 to degree levels', () => {
    const text = `教育经历
2005.09-2008.06 南京市第一中学 高中
2008.09-2011.06 深圳职业技术学院 大专 软件技术
2011.09-2013.06 江苏省南京工程高等职业学校 中专
2015.09-2020.06 清华大学 博士 材料科学`;
    expect(parse(text).education.map((e) => [e.school, e.degree])).toEqual([
      ['南京市第一中学', 'high_school'],
      ['深圳职业技术学院', 'associate'],
      ['江苏省南京工程高等职业学校', 'high_school'],
      ['清华大学', 'doctorate'],
    ]);
  });

  it('treats 应届生 without jobs as zero years', () => {
    expect(parse('王磊\n2026届应届毕业生 | 本科').yearsOfExperience).toBe(0);
  });
});

describe('extractFields on English resumes', () => {
  it('reads a plain resume: capitalised name, "Company — Title, 2018 – Present", skill groups', () => {
    expect(parse(englishPlain)).toEqual({
      name: 'John Smith',
      city: 'San Francisco',
      phone: '+14155550100',
      email: 'john.smith@example.com',
      education: [
        { school: 'Stanford University', degree: 'master', major: 'Computer Science', startYear: 2013, endYear: 2015 },
        { school: 'University of Michigan', degree: 'bachelor', major: 'Electrical Engineering', startYear: 2009, endYear: 2013 },
      ],
      workHistory: [
        { employer: 'Google LLC', title: 'Senior Software Engineer', startYear: 2018, description: '- Led the migration of ads serving to Spanner.' },
        { employer: 'Stripe', title: 'Software Engineer', startYear: 2015, endYear: 2017, description: '- Built payment APIs in Ruby and Go.' },
      ],
      yearsOfExperience: 8,
      skills: ['Go', 'Java', 'Python', 'SQL', 'Spring Boot', 'gRPC', 'Kafka'],
      languages: ['English (native)', 'Mandarin (conversational)'],
    });
  });

  it('reads a labelled resume with MBA / Bachelor of Arts and computes years from the jobs', () => {
    expect(parse(englishLabelled)).toEqual({
      name: 'Emily Chen',
      phone: '+85291234567',
      email: 'emily.chen@example.com',
      gender: 'female',
      city: 'Hong Kong',
      education: [
        { school: 'The University of Hong Kong', degree: 'master', major: 'Business Administration', endYear: 2021 },
        { school: 'University of Toronto', degree: 'bachelor', major: 'Economics', startYear: 2012, endYear: 2016 },
      ],
      workHistory: [
        { employer: 'HSBC Holdings plc', title: 'Data Analyst', startYear: 2019 },
        { employer: 'Deloitte Consulting', title: 'Business Analyst', startYear: 2016, endYear: 2019 },
      ],
      yearsOfExperience: 9,
      skills: ['SQL', 'Tableau', 'Python (pandas)', 'Excel'],
      languages: ['English', 'Cantonese (native)', 'Mandarin'],
    });
  });

  it('reads B.S. / PhD / Bachelor and a Ph.D. candidate still studying', () => {
    const text = `Education
PhD in Physics, Massachusetts Institute of Technology, 2019 - Present
Peking University, B.Sc. Physics, 2015-2019`;
    expect(parse(text).education).toEqual([
      { school: 'Massachusetts Institute of Technology', degree: 'doctorate', major: 'Physics', startYear: 2019 },
      { school: 'Peking University', degree: 'bachelor', major: 'Physics', startYear: 2015, endYear: 2019 },
    ]);
  });
});

describe('extractFields on a messy bilingual resume', () => {
  it('reads bilingual headings, full-width digits and ＠, a spaced name and a "Co., Ltd." employer', () => {
    expect(parse(mixedMessy)).toEqual({
      name: '王芳',
      phone: '+8613912345678',
      email: 'wangfang@126.com',
      education: [{ school: '北京大学', degree: 'bachelor', major: '英语语言文学', startYear: 2010, endYear: 2014 }],
      workHistory: [
        {
          employer: '北京新东方教育科技(集团)有限公司',
          title: '英语教师',
          startYear: 2014,
          endYear: 2016,
          description: '负责雅思口语教学,带班30余个。',
        },
        { employer: 'Microsoft (China) Co. Ltd.', title: 'Program Manager', startYear: 2017 },
      ],
      yearsOfExperience: 11,
      skills: ['Office', '项目管理', '沟通协调', 'PMP'],
      languages: ['English (fluent)', '日语N2'],
    });
  });
});

describe('extractFields robustness', () => {
  const empty = { education: [], workHistory: [], skills: [], languages: [] };

  it.each(['', '   \n\n ', '随便写点什么', '%PDF-1.7 ��� binary', '工作经历\n教育背景\n专业技能'])('returns empty lists for %p', (text) => {
    expect(parse(text)).toMatchObject(empty);
  });

  it('never throws, whatever it is given', () => {
    expect(extractFields(undefined as unknown as string)).toEqual(empty);
    expect(() => parse('教育背景\n'.repeat(5000) + '2013.09-'.repeat(20000))).not.toThrow();
  });

  it('finds contacts anywhere when the header has none', () => {
    expect(parse('工作经历\n2019.01-至今 某某科技有限公司 销售代表\n联系我：15011112222 / me@example.org')).toMatchObject({
      phone: '+8615011112222',
      email: 'me@example.org',
    });
  });

  it('derives the birth year from 年龄 relative to the given date', () => {
    expect(parse('姓名：赵磊\n年龄：28岁').birthYear).toBe(1998);
    expect(extractFields('姓名：赵磊\n年龄：28', { now: new Date('2030-01-01T00:00:00Z') }).birthYear).toBe(2002);
  });
});

describe('extractFields on one-line sections (issue 15)', () => {
  it.each([
    [
      '王磊\n教育背景：2014-2018 苏州大学 工商管理 本科\n工作经历：2018.07-2021.03 某某公司 销售经理\n专业技能：客户开发、渠道管理',
      { school: '苏州大学', degree: 'bachelor', major: '工商管理' },
      { employer: '某某公司', title: '销售经理' },
      ['客户开发', '渠道管理'],
    ],
    [
      'Jane Doe\nEducation: 2014-2018 Fudan University, B.Sc. Computer Science\nExperience: 2018.07 - 2021.03  Acme Ltd.  Sales Manager\nSkills: Salesforce, Excel',
      { school: 'Fudan University', degree: 'bachelor', major: 'Computer Science' },
      { employer: 'Acme Ltd.', title: 'Sales Manager' },
      ['Salesforce', 'Excel'],
    ],
  ])('reads sections written on their heading’s line, the skills line not a job description: %p', (text, school, job, skills) => {
    const parsed = parse(text);
    expect(parsed).toMatchObject({
      education: [{ ...school, startYear: 2014, endYear: 2018 }],
      workHistory: [{ ...job, startYear: 2018, endYear: 2021 }],
      yearsOfExperience: 2,
      skills,
    });
    expect(parsed.workHistory[0].description).toBeUndefined();
  });

  it('keeps 工作经验：5年 a stated number of years and the person’s labels after a one-line section', () => {
    const parsed = parse('姓名：赵磊\n工作经验：5年\n技能：Java、SQL\n性别：男\n现居地：杭州');
    expect(parsed).toMatchObject({ name: '赵磊', yearsOfExperience: 5, gender: 'male', city: '杭州', workHistory: [], skills: ['Java', 'SQL'] });
  });
});
