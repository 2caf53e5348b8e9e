/** Word lists the synthetic talent pool is drawn from: common names, real schools, employers and skills. */

export const SURNAMES = '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 上官'.split(' ');

export const GIVEN_NAMES = '伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 文 华 红 玉兰 飞 鹏 辉 婷 玲 波 宇 浩 凯 亮 健 俊 帆 雪 琳 晨 欣 怡 子涵 梓萱 一鸣 思远 雨桐 浩然 宇轩 嘉怡 志强 海燕 建国 晓东 晓燕 丹丹 佳琪 博文 天佑 若曦 明轩 诗涵'.split(' ');

export const ENGLISH_FIRST = 'James Mary John Patricia Robert Jennifer Michael Linda David Emily Daniel Sarah Kevin Jessica Thomas Karen Chris Lisa Mark Nancy Paul Amy Steven Anna Andrew Grace Brian Helen Eric Olivia'.split(' ');
export const ENGLISH_LAST = 'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson White Harris Clark Lewis Walker Young Allen King Wright Scott Green Baker Adams Nelson Chen Wong'.split(' ');

export const SCHOOLS = [
  '清华大学', '北京大学', '复旦大学', '上海交通大学', '浙江大学', '南京大学', '武汉大学', '中山大学', '华中科技大学', '西安交通大学',
  '哈尔滨工业大学', '同济大学', '电子科技大学', '四川大学', '山东大学', '厦门大学', '东南大学', '天津大学', '北京航空航天大学', '中国人民大学',
  '华南理工大学', '湖南大学', '重庆大学', '郑州大学', '深圳职业技术学院', '广东轻工职业技术学院', '上海商学院', '杭州电子科技大学', '苏州大学', '江南大学',
  'Stanford University', 'University of Toronto', 'National University of Singapore', 'University of Melbourne', 'Imperial College London', 'University of Sydney',
];

export const EMPLOYERS = [
  '阿里巴巴（中国）有限公司', '腾讯科技（深圳）有限公司', '北京字节跳动科技有限公司', '百度在线网络技术有限公司', '美团', '京东集团', '华为技术有限公司',
  '小米科技', '网易', '拼多多', '快手科技', '滴滴出行', '携程旅行网', '顺丰速运', '招商银行', '平安科技', '中国移动', '海尔集团', '美的集团', '比亚迪',
  '永辉超市', '海底捞', '富士康科技集团', '星巴克（中国）', '麦当劳中国', '盒马鲜生', '德邦物流', '苏宁易购', '联想集团', '万科企业',
  'Google', 'Microsoft', 'Amazon', 'IBM', 'Oracle', 'SAP', 'Accenture', 'Deloitte', 'Siemens', 'Walmart',
];

export const SKILLS = [
  'Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Python', 'Go', 'C++', 'JavaScript', 'TypeScript', 'React', 'Vue', 'Node.js', 'Docker', 'Kubernetes',
  'Linux', 'SQL', 'Excel', 'PowerPoint', 'Tableau', 'SAP', 'Photoshop', 'AutoCAD', '数据分析', '机器学习', '产品设计', '项目管理', '财务分析', '会计核算',
  '销售谈判', '客户服务', '仓储管理', '物流调度', '招聘', '员工培训', '嵌入式开发', '自动化测试', '运维', '网络安全', '新媒体运营', '直播带货', '门店管理',
  '供应链管理', '质量管理', '英语', '日语', '驾驶证C1', '叉车证', '电工证',
];

export const ROLES = [
  'Java开发工程师', '前端工程师', '测试工程师', '运维工程师', '数据分析师', '产品经理', '销售代表', '客服专员', '仓库管理员', '门店店长', '配送员',
  '招聘专员', '培训主管', '财务会计', '采购专员', '质检员', '生产线组长', '市场专员', '新媒体运营', '人事行政专员',
];

export const DUTIES = [
  '订单系统的设计与开发', '客户关系维护与回访', '团队管理与绩效考核', '门店日常运营与排班', '仓储物流调度', '数据报表分析与汇报', '新员工招聘与入职培训',
  '供应链优化与成本控制', '线上营销活动策划', '售后服务流程改进', '移动端应用开发', '数据库性能优化', '微服务架构改造', '质量检测与控制',
  '生产线设备维护', '大客户开拓与签约', '库存盘点与出入库管理', '直播间运营与选品', '财务报表编制与税务申报', '跨部门项目协调',
];

export const RESULTS = ['上线后订单处理效率提升30%', '客户投诉率下降一半', '年度销售额突破500万元', '库存周转天数缩短5天', '获得公司创新奖', '按期交付并通过验收'];

export const TRAITS = ['沟通能力强', '抗压能力强', '具有良好的团队合作精神', '学习能力强', '责任心强', '能适应倒班', '执行力强', '细心耐心'];

export const MAJORS = ['计算机科学与技术', '软件工程', '电子信息工程', '市场营销', '会计学', '工商管理', '物流管理', '人力资源管理', '机械设计制造及其自动化', '英语'];

export const ENGLISH_LINES = [
  'Experienced in building scalable backend services and mentoring junior engineers.',
  'Led a team of twelve people and improved customer satisfaction by twenty percent.',
  'Fluent in English; worked with overseas clients on supply chain projects.',
  'Certified project manager with a track record of on-time delivery.',
];

/** Weighted the way a Chinese talent pool is: most people in the big cities. */
export const CITIES = ['上海', '上海', '北京', '北京', '深圳', '深圳', '广州', '杭州', '杭州', '成都', '武汉', '南京', '西安', '苏州', '重庆', '天津', '长沙', '郑州', '青岛', '东莞'];

export const TAGS = ['java', '后端', '前端', '销售', '管培生', '急招', '高潜', '已面试过', '海归', '可倒班'];
export const CATEGORIES = ['技术人才库', '销售人才库', '校招', '社招', '储备干部', '蓝领'];
export const SOURCE_CHANNELS = ['job_board', 'job_board', 'job_board', 'referral', 'headhunter', 'campus', 'website', 'walk_in', 'other'];
export const STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'];
export const STATUSES = [...Array(16).fill('active'), 'archived', 'archived', 'hired', 'former_employee', 'blacklisted'] as string[];
