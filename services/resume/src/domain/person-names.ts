import { HAN_ONLY } from './text-normalization';

const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 令狐 夏侯 宇文 司徒 端木 轩辕 独孤 南宫 西门 百里 呼延 澹台 公冶 宗政 濮阳 太史 申屠 闻人 万俟 钟离 赫连 第五 拓跋 左丘 东郭 羊舌 微生 梁丘 单于 司空'.split(' '),
);
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'],
);
/** Words a resume's first lines carry that would otherwise pass as a 2–4 character name (简历: 简 is a surname). */
const NOT_NAMES = /简历|履历|应聘|求职|意向|信息|经历|背景|技能|评价|简介|毕业|资料|证书|姓名|个人|基本|联系|电话|手机|邮箱|性别|年龄|学历|本科|硕士|博士|大专|先生|女士/;
const LATIN_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const NOT_LATIN_NAMES = /\b(?:resume|curriculum|vitae|cv|profile|contact|summary|objective|education|experience|skills|engineer|developer|manager)\b/i;

/** "张 伟" and "张伟" are one name; ethnic names keep their middle dot (买买提·艾力). */
export function compactHanName(text: string): string {
  return text.replace(/\s+/g, '').replace(/[.•・]/g, '·');
}

/** A labelled name is trusted more: any 2–4 Han characters (or a Latin name) pass. */
export function isPlausibleName(text: string): boolean {
  const han = compactHanName(text);
  if (HAN_ONLY.test(han.replace(/·/g, ''))) return han.length >= 2 && han.length <= 10 && !NOT_NAMES.test(han);
  return LATIN_NAME.test(text) && !NOT_LATIN_NAMES.test(text);
}

/** An unlabelled line is a name only with a known surname: the first line is often a title. */
export function isLikelyChineseName(text: string): boolean {
  const name = compactHanName(text);
  if (!HAN_ONLY.test(name) || name.length < 2 || name.length > 4 || NOT_NAMES.test(name)) return false;
  if (COMPOUND_SURNAMES.has(name.slice(0, 2))) return name.length >= 3;
  return SURNAMES.has(name[0]);
}

export function isLikelyLatinName(text: string): boolean {
  return LATIN_NAME.test(text) && !NOT_LATIN_NAMES.test(text);
}
