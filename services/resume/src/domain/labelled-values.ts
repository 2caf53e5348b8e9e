export type LabelKey =
  | 'name'
  | 'phone'
  | 'email'
  | 'gender'
  | 'birth'
  | 'age'
  | 'city'
  | 'targetCity'
  | 'experience'
  | 'skills'
  | 'languages';

const LABELS: Record<LabelKey, string[]> = {
  name: ['姓名', '名字', '中文名', 'name', 'full name'],
  phone: ['手机号码', '手机号', '手机', '移动电话', '联系电话', '电话号码', '电话', '联系方式', 'mobile', 'mobile phone', 'phone', 'tel', 'telephone', 'cell'],
  email: ['电子邮箱', '电子邮件', '邮箱', '邮件', 'e-mail', 'email', 'mail'],
  gender: ['性别', 'gender', 'sex'],
  birth: ['出生年月', '出生日期', '出生年份', '生日', '出生', 'date of birth', 'birth date', 'birthday', 'dob', 'born'],
  age: ['年龄', 'age'],
  city: ['现居住地', '城市', '现居住城市', '现居城市', '现居地', '现居', '居住地', '居住城市', '所在城市', '目前所在地', '所在地', '当前城市', 'city', 'location', 'current location', 'based in'],
  targetCity: ['期望城市', '期望工作城市', '期望工作地点', '期望地点', '意向城市', '工作地点', 'preferred location'],
  experience: ['工作年限', '工作经验', '工龄', '从业年限', 'years of experience', 'experience'],
  skills: ['专业技能', '技能特长', '掌握技能', '技能', 'skills', 'technical skills'],
  languages: ['语言能力', '外语水平', '外语', '语言', 'languages', 'language'],
};

const KEY_OF = new Map<string, LabelKey>(
  (Object.entries(LABELS) as [LabelKey, string[]][]).flatMap(([key, labels]) => labels.map((l) => [l, key] as const)),
);
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const all = [...KEY_OF.keys()].sort(byLengthDesc);
const latin = all.filter((l) => /^[a-z]/.test(l)).map(escape).join('|');
/** Templates spread Han labels out ("姓　　名"), so any spaces may sit between their characters. */
const han = all
  .filter((l) => !/^[a-z]/.test(l))
  .map((l) => [...l].map(escape).join('\\s*'))
  .join('|');
/** Latin labels must start a word ("Company Name:" is still a name label; callers pick sections). */
const LABEL = new RegExp(`(?:(?<![a-z])(${latin})|(${han}))\\s*:\\s*`, 'gi');
const HAS_LABEL = new RegExp(LABEL.source, 'i');
const LABEL_ONLY = new RegExp(`^(?:${latin}|${han})\\s*:?$`, 'i');

const LEADING = new RegExp(`^(?:(${latin})|(${han}))\\s*:`, 'i');

const labelKey = (label: string) => KEY_OF.get(label.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').toLowerCase());

/** The label a line starts with ("电话：…" → phone), if any. */
export function leadingLabel(line: string): LabelKey | undefined {
  const match = LEADING.exec(line);
  return match ? labelKey(match[1] ?? match[2]) : undefined;
}

const TRIM = /^[\s|;,，；。、/]+|[\s|;,，；。、/]+$/g;

/** `label: value` pairs, several per line allowed ("姓名:张伟 性别:男"); values in order of appearance. */
export function labelledValues(lines: string[]): Map<LabelKey, string[]> {
  const values = new Map<LabelKey, string[]>();
  const add = (label: string, value: string) => {
    const key = labelKey(label);
    const clean = value.replace(TRIM, '');
    if (!key || !clean) return;
    values.set(key, [...(values.get(key) ?? []), clean]);
  };
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    // Table templates put the label and its value in separate cells, hence separate lines.
    if (LABEL_ONLY.test(line) && next !== undefined && !LABEL_ONLY.test(next) && !HAS_LABEL.test(next)) {
      add(line.replace(/\s*:$/, ''), next);
      return;
    }
    const matches = [...line.matchAll(LABEL)];
    matches.forEach((match, j) => {
      const end = j + 1 < matches.length ? matches[j + 1].index : line.length;
      add(match[1] ?? match[2], line.slice((match.index ?? 0) + match[0].length, end));
    });
  });
  return values;
}
