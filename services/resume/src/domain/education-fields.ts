import { findDateRange, withoutRange } from './date-ranges';
import type { DateRange } from './date-ranges';
import { findDegree } from './degree-levels';
import type { DegreeMatch } from './degree-levels';
import { definedOnly } from './defined-only';
import { cut, lineTokens, splitEntries } from './line-tokens';
import { schoolIn } from './organization-names';
import type { EducationEntry } from './resume';

interface LineFacts {
  school?: string;
  degree?: EducationEntry['degree'];
  major?: string;
  range?: DateRange;
}

const DETAIL = /^(?:[-•·*]|主修|课程|核心课程|相关课程|gpa|绩点|成绩|排名|荣誉|获奖|奖学金|在校|毕业论文|论文|描述|relevant|coursework|courses|thesis|honou?rs|awards|activities)/i;
const LABELS: [keyof LineFacts, RegExp][] = [
  ['school', /^(?:学校|毕业院校|院校|学校名称|school|university|institution)\s*:\s*/i],
  ['major', /^(?:专业|所学专业|major|field of study)\s*:\s*/i],
  ['degree', /^(?:学历|学位|degree)\s*:\s*/i],
  ['range', /^(?:时间|就读时间|在校时间|起止时间|dates?|period)\s*:\s*/i],
];
const NOT_MAJOR = /^(?:全日制|统招|非全日制|在读|毕业|应届|gpa|\d)/i;

/** Entries of the education section, one per school, in the order written. */
export function extractEducation(lines: string[]): EducationEntry[] {
  const entries: EducationEntry[] = [];
  let current: LineFacts = {};
  const flush = () => {
    if (current.school) entries.push(toEntry(current));
    current = {};
  };
  for (const line of lines.flatMap(splitEntries)) {
    if (DETAIL.test(line)) continue;
    const facts = readLine(line);
    const repeats = (Object.keys(facts) as (keyof LineFacts)[]).some((k) => facts[k] !== undefined && current[k] !== undefined);
    if (repeats) flush();
    current = { ...facts, ...definedOnly(current) };
  }
  flush();
  return entries;
}

function readLine(line: string): LineFacts {
  const labelled = LABELS.find(([, pattern]) => pattern.test(line));
  if (labelled) return readLabelled(labelled[0], line.replace(labelled[1], ''));
  const range = findDateRange(line);
  const undated = withoutRange(line, range);
  const degree = findDegree(undated);
  const rest = degree ? cut(undated, degree.index, degree.text.length) : undated;
  const tokens = lineTokens(rest);
  const schoolToken = tokens.find((token) => schoolIn(token)) ?? unmarkedSchool(undated, degree, range);
  const school = schoolToken && (schoolIn(schoolToken) ?? schoolToken);
  if (!school && !degree && !range) return {};
  // The field right after the degree ("B.S. in Physics", "本科 软件工程") before any other cell.
  const afterDegree = degree ? lineTokens(undated.slice(degree.index + degree.text.length)).slice(0, 1).filter((t) => !schoolIn(t)) : [];
  const others = tokens.filter((t) => t !== schoolToken && !schoolIn(t));
  const major = [...afterDegree, ...others].map(cleanMajor).find(Boolean) ?? (degree && fieldOfDegree(degree.text));
  return definedOnly({ school, degree: degree?.level, major, range });
}

/** "Fundação Getulio Vargas — BBA, 2013": a capitalised name before the degree of a dated line is the school. */
function unmarkedSchool(line: string, degree: DegreeMatch | undefined, range: DateRange | undefined): string | undefined {
  if (!degree || !range) return undefined;
  const [first] = lineTokens(line.slice(0, degree.index));
  return first && /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,5}$/u.test(first) ? first : undefined;
}

/** "Bachelor of Economics" names its field; "of Arts" / "of Science" do not. */
function fieldOfDegree(text: string): string | undefined {
  const field = /\bof ([a-z]+(?: [a-z]+)?)$/i.exec(text)?.[1];
  return field && !/^(?:arts|science|sciences|applied science|engineering|philosophy|laws)$/i.test(field) ? field : undefined;
}

function readLabelled(field: keyof LineFacts, value: string): LineFacts {
  if (field === 'school') return definedOnly({ school: schoolIn(value) ?? value.trim() });
  if (field === 'major') return definedOnly({ major: cleanMajor(value) });
  if (field === 'degree') return definedOnly({ degree: findDegree(value)?.level });
  return definedOnly({ range: findDateRange(value) });
}

/** "in Computer Science" → Computer Science; qualifiers such as 全日制 are not majors. */
function cleanMajor(token: string): string | undefined {
  const major = token.replace(/^(?:in|of|major(?:ing)? in)\s+/i, '').replace(/\s*专业$/, '').trim();
  if (major.length < 2 || major.length > 60 || NOT_MAJOR.test(major) || findDegree(major)) return undefined;
  return major;
}

function toEntry(facts: LineFacts): EducationEntry {
  const range = facts.range;
  return definedOnly({
    school: facts.school as string,
    degree: facts.degree,
    major: facts.major,
    startYear: range?.start?.year,
    endYear: range?.current ? undefined : range?.end?.year,
  });
}
