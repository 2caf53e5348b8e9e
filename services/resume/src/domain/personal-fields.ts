import { extractEmails, extractPhones, normalizeEmail, normalizePhone } from './contact-normalization';
import { headerCity } from './header-city';
import type { LabelKey } from './labelled-values';
import { compactHanName, isLikelyChineseName, isLikelyLatinName, isPlausibleName } from './person-names';
import type { Gender, ParsedResume } from './resume';
import { HAN } from './text-normalization';

type Personal = Pick<ParsedResume, 'name' | 'phone' | 'email' | 'gender' | 'birthYear' | 'city'>;
type Labels = Map<LabelKey, string[]>;

const TOKEN_SEPARATORS = /\s*[|/,，、;；•·]\s*|\s+/;
const MUNICIPALITIES = ['北京', '上海', '天津', '重庆', '香港', '澳门'];

/** Contacts, gender, birth year and city from the resume's header and profile lines. */
export function extractPersonalFields(personalLines: string[], allText: string, labels: Labels, now: Date): Personal {
  const tokens = personalLines.flatMap((line) => line.split(TOKEN_SEPARATORS)).filter(Boolean);
  return {
    name: labelledName(labels) ?? firstLineName(personalLines),
    phone: firstOf(labels.get('phone'), normalizePhone) ?? extractPhones(personalLines.join('\n'))[0] ?? extractPhones(allText)[0],
    email: firstOf(labels.get('email'), normalizeEmail) ?? extractEmails(allText)[0],
    gender: firstOf(labels.get('gender'), parseGender) ?? firstOf(tokens.filter((t) => /^(?:男|女|male|female)$/i.test(t)), parseGender),
    birthYear: birthYear(labels, tokens, now),
    city: firstOf(labels.get('city'), cleanCity) ?? headerCity(personalLines) ?? firstOf(labels.get('targetCity'), cleanCity),
  };
}

function firstOf<T>(values: string[] | undefined, parse: (value: string) => T | undefined): T | undefined {
  for (const value of values ?? []) {
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

function labelledName(labels: Labels): string | undefined {
  return firstOf(labels.get('name'), (value) => {
    const name = HAN.test(value) ? compactHanName(value) : value.trim();
    return isPlausibleName(name) ? titleCase(name) : undefined;
  });
}

/** Templates without a 姓名 label put the name alone (or first) on one of the first lines. */
function firstLineName(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 3).map(withoutExtras)) {
    const first = line.split(/\s*[|/,，•·\t]\s*/)[0];
    const leadingHan = /^\p{Script=Han}(?: ?\p{Script=Han}){1,3}(?!\p{Script=Han})/u.exec(line)?.[0] ?? '';
    for (const candidate of [line, first, leadingHan, first.split(' ')[0]].map(withoutExtras)) {
      if (isLikelyChineseName(candidate)) return compactHanName(candidate);
      if (isLikelyLatinName(candidate)) return titleCase(candidate);
    }
  }
  return undefined;
}

/** "Dr. Wei Huang" → Wei Huang; "韩梅梅 女 1996年出生" → 韩梅梅 (a gender after a space is not a part of the name). */
function withoutExtras(text: string): string {
  return text.replace(/^(?:dr|mr|mrs|ms|miss|prof)\.?\s+/i, '').replace(/\s+[男女](?:\s.*)?$/, '');
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase() || HAN.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function parseGender(value: string): Gender | undefined {
  if (/女|\bfemale\b|^f$/i.test(value.trim())) return 'female';
  if (/男|\bmale\b|^m$/i.test(value.trim())) return 'male';
  return undefined;
}

function birthYear(labels: Labels, tokens: string[], now: Date): number | undefined {
  const fromBirth = (value: string) => {
    const year = Number(/(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(value)?.[0]);
    return year > 1900 && year <= now.getUTCFullYear() ? year : undefined;
  };
  const fromAge = (value: string) => {
    const age = Number(/^\s*(\d{2})\s*(?:岁|周岁|years? old)?\s*$/i.exec(value)?.[1]);
    return age >= 14 && age <= 80 ? now.getUTCFullYear() - age : undefined;
  };
  return (
    firstOf(labels.get('birth'), fromBirth) ??
    firstOf(labels.get('age'), fromAge) ??
    firstOf(tokens.filter((t) => /^\d{2}岁$/.test(t)), fromAge) ??
    firstOf(tokens.filter((t) => /^(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出生|生)$/.test(t)), fromBirth)
  );
}

/** "广东省深圳市南山区" → 深圳, "上海市浦东新区" → 上海, "Shanghai, China" → Shanghai. */
export function cleanCity(value: string): string | undefined {
  const first = value.split(/\s*[/|,，、;；]\s*/)[0].trim();
  if (!first) return undefined;
  if (!HAN.test(first)) return first.length <= 40 ? first : undefined;
  const municipality = MUNICIPALITIES.find((m) => first.startsWith(m));
  if (municipality) return municipality;
  const afterProvince = first.replace(/^.*?(?:省|自治区)/, '');
  const city = /^(.+?)(?:市|地区|自治州)/.exec(afterProvince)?.[1] ?? afterProvince.replace(/\s.*$/, '');
  return city.length >= 2 ? city : undefined;
}
