const HAN_SCHOOL = /[\p{Script=Han}()·]{2,30}?(?:大学|学院|学校|中学|高中|党校)/u;
const LATIN_SCHOOL = /\b(?:university|college|institute|school|academy|polytechnic|conservatory)\b/i;
const HAN_COMPANY = /(?:公司|集团|银行|研究院|研究所|事务所|工作室|医院|中心|工厂|酒店|商行|门店|超市)$/u;
const LATIN_COMPANY = /\b(?:inc|llc|ltd|limited|corp|corporation|company|co|group|bank|technologies|technology|labs?|gmbh|ag|plc|pty|partners|consulting|studios?|systems|solutions)\b\.?/i;
const HAN_TITLE = /(?:工程师|经理|主管|专员|总监|助理|顾问|设计师|架构师|分析师|开发|运营|销售|会计|出纳|文员|实习生|代表|组长|负责人|店长|司机|普工|操作工|技术员|教师|老师|护士|厨师|客服|总裁|主任|秘书|编辑|策划|翻译|律师|医生|研究员|工人|班长|领班|收银员|导购|前台|行政|人事|业务员|讲师|督导|hrbp|hr|cto|ceo|cfo|coo)$/iu;
const LATIN_TITLE = /\b(?:engineer|developer|manager|director|analyst|designer|consultant|intern|lead|architect|specialist|coordinator|assistant|officer|scientist|representative|administrator|head|vp|president|accountant|programmer|researcher|technician|supervisor|executive|founder|co-founder|cto|ceo|cfo|recruiter|teacher|editor|writer|nurse|professor|lecturer|postdoc|postdoctoral|associate|partner|generalist|specialist)\b/i;

/** The school a cell names: "复旦大学计算机学院" → 复旦大学; "Stanford University" as written. */
export function schoolIn(token: string): string | undefined {
  const han = HAN_SCHOOL.exec(token);
  if (han) return han[0];
  return LATIN_SCHOOL.test(token) && token.length <= 80 ? token : undefined;
}

export function isCompanyName(token: string): boolean {
  if (token.length > 40) return false;
  return HAN_COMPANY.test(token) || LATIN_COMPANY.test(token);
}

export function isJobTitle(token: string): boolean {
  if (token.length > 40) return false;
  return HAN_TITLE.test(token) || LATIN_TITLE.test(token);
}
