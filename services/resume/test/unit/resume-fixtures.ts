/** Realistic resume texts, as text extraction hands them to the parser. */
export const NOW = new Date('2026-06-01T00:00:00Z');

/** A labelled template with a 求职意向 block and aligned columns. */
export const chineseLabelled = `个人简历

姓名：张伟                性别：男
出生年月：1990.03         民族：汉
手机：138-1234-5678       邮箱：Zhang.Wei＠163．com
现居城市：上海市浦东新区   工作年限：6年

求职意向
期望职位：Java开发工程师    期望城市：杭州/上海

教育背景
2011.09-2015.06    复旦大学    计算机科学与技术    本科
2015.09-2018.06    上海交通大学    软件工程    硕士
主修课程：数据结构、操作系统、计算机网络

工作经历
2018.07-2020.12    上海携程商务有限公司    Java开发工程师
工作内容：负责酒店预订系统的后端开发，参与服务化改造。
2021.01-至今    阿里巴巴（中国）有限公司    高级Java开发工程师
工作内容：负责淘宝交易链路的核心系统设计与开发，日均订单量千万级。

专业技能
1. 精通Java，熟悉Spring Boot、MyBatis等框架
2. 熟练使用MySQL、Redis、Kafka
3. 了解Docker/Kubernetes

语言能力
英语六级（CET-6），能熟练阅读英文技术文档
`;

/** A table template: the name alone on the first line, facts as cells, Chinese-style dates. */
export const chineseTable = `李娜
女 | 28岁 | 本科 | 5年工作经验
电话：(+86) 139 8765 4321 | Email：lina_hr@qq.com
所在城市：广东省深圳市南山区

【工作经验】
深圳市腾讯计算机系统有限公司
HRBP
2019年3月—至今
负责研发团队的招聘与员工关系，年招聘200+人。

华为技术有限公司 | 招聘专员 | 2017年7月—2019年2月
- 负责校园招聘全流程

【教育经历】
中山大学
人力资源管理 本科
2013年9月—2017年6月

【技能】
招聘面试、员工关系、薪酬绩效、Excel、SAP

【外语水平】
英语四级，粤语流利
`;

export const englishPlain = `JOHN SMITH
Senior Software Engineer
San Francisco, CA | +1 (415) 555-0100 | john.smith@example.com

SUMMARY
Backend engineer with 8+ years of experience building distributed systems.

EXPERIENCE
Google LLC — Senior Software Engineer, 2018 – Present
- Led the migration of ads serving to Spanner.
Stripe — Software Engineer, Jun 2015 – Dec 2017
- Built payment APIs in Ruby and Go.

EDUCATION
Stanford University — M.S. in Computer Science, 2013 – 2015
University of Michigan, B.S. in Electrical Engineering, 2009 - 2013

SKILLS
Languages: Go, Java, Python, SQL
Frameworks: Spring Boot, gRPC, Kafka

LANGUAGES
English (native), Mandarin (conversational)
`;

export const englishLabelled = `Resume
Name: Emily Chen
Phone: +852 9123 4567
Email: EMILY.CHEN@Example.COM
Location: Hong Kong
Gender: Female

Professional Experience
HSBC Holdings plc | Data Analyst | Jul 2019 - Present
Deloitte Consulting, Business Analyst (Sep 2016 - Jun 2019)

Education
Master of Business Administration (MBA), The University of Hong Kong, 2021
Bachelor of Arts in Economics, University of Toronto, 2012 – 2016

Skills: SQL, Tableau, Python (pandas), Excel
Languages: English, Cantonese (native), Mandarin
`;

/** Bilingual headings, full-width digits and ＠, a spaced name, a "Co., Ltd." employer. */
export const mixedMessy = `简历 / Resume
王 芳    Wang Fang
手机 Mobile：１３９－１２３４－５６７８   邮箱：wangfang＠１２６．ｃｏｍ
教育背景 Education
2010年9月~2014年7月  北京大学  英语语言文学  学士
Work Experience 工作经历
2014.07 - 2016.12  北京新东方教育科技（集团）有限公司  英语教师
  负责雅思口语教学，带班30余个。
2017.01 - 至今  Microsoft (China) Co., Ltd. | Program Manager
技能 Skills
Office, 项目管理, 沟通协调; PMP
Languages 语言能力
English (fluent), 日语N2
`;
