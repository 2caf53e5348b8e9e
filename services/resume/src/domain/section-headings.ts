import { foldWidth } from './text-normalization';

export type SectionKind =
  | 'profile'
  | 'intention'
  | 'education'
  | 'work'
  | 'internship'
  | 'projects'
  | 'skills'
  | 'languages'
  | 'certificates'
  | 'summary'
  | 'other';

const HEADINGS: Record<SectionKind, string[]> = {
  profile: ['个人信息', '基本信息', '个人资料', '基本资料', '联系方式', 'personal information', 'personal details', 'personal info', 'contact', 'contact information', 'contact info'],
  intention: ['求职意向', '求职目标', '职业意向', '期望工作', 'objective', 'career objective', 'job objective'],
  education: ['教育背景', '教育经历', '学习经历', '教育', 'education', 'education background', 'educational background', 'academic background'],
  work: ['工作经历', '工作经验', '职业经历', '工作履历', '从业经历', '工作背景', 'experience', 'work experience', 'professional experience', 'employment history', 'employment', 'work history', 'career history'],
  internship: ['实习经历', '实习经验', '社会实践', 'internship', 'internships', 'internship experience'],
  projects: ['项目经历', '项目经验', 'projects', 'project experience'],
  skills: ['专业技能', '技能特长', '技能', '技能专长', '个人技能', '职业技能', 'it技能', '技术能力', '专业能力', '掌握技能', 'skills', 'technical skills', 'core competencies', 'key skills', 'skills & expertise'],
  languages: ['语言能力', '外语能力', '外语水平', 'languages', 'language skills', 'language'],
  certificates: ['证书', '资格证书', '获奖情况', '荣誉奖项', '所获证书', 'certifications', 'certificates', 'awards', 'honors'],
  summary: ['自我评价', '个人评价', '自我介绍', '个人简介', '个人总结', 'summary', 'profile', 'about me', 'professional summary', 'self-evaluation'],
  other: ['兴趣爱好', '爱好', 'hobbies', 'interests', 'references'],
};

const HEADING_KIND = new Map<string, SectionKind>(
  (Object.entries(HEADINGS) as [SectionKind, string[]][]).flatMap(([kind, titles]) => titles.map((t) => [t, kind] as const)),
);

const DECORATION = /^[\s#*=•·\-—_■□●○◆◇▶►★☆|<>\[\]【】《》「」『』]+|[\s#*=•·\-—_■□●○◆◇◀◄★☆|<>\[\]【】《》「」『』:]+$/g;
const BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[、.)]\s*)/;

/** The section a line announces, or undefined when the line is content. */
export function headingKind(line: string): SectionKind | undefined {
  if (line.length > 40) return undefined;
  const bare = foldWidth(line)
    .replace(DECORATION, '')
    .replace(NUMBERING, '')
    .replace(DECORATION, '')
    // Templates spread short titles out: "教 育 背 景".
    .replace(BETWEEN_HAN, '')
    .toLowerCase();
  if (!bare) return undefined;
  const exact = HEADING_KIND.get(bare);
  if (exact) return exact;
  // Bilingual titles: "教育背景 Education", "EDUCATION / 教育背景".
  const parts = bare.split(/\s*[/|]\s*|(?<=\p{Script=Han})\s*(?=[a-z])|(?<=[a-z])\s*(?=\p{Script=Han})/u).filter(Boolean);
  const kinds = new Set(parts.map((part) => HEADING_KIND.get(part)));
  return parts.length > 1 && kinds.size === 1 ? [...kinds][0] : undefined;
}
