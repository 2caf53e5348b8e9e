import { mentionsLanguage } from './language-fields';
import { HAN } from './text-normalization';

const BULLET = /^(?:[-•·*●▪◦■◆>]+|\d+[.、)]|[一二三四五六七八九十]+、)\s*/;
/** A short "编程语言:" / "Frameworks:" prefix groups skills; it is not one. */
const GROUP_LABEL = /^[^:]{1,16}:\s*/;
const PROFICIENCY =
  /^(?:精通|熟练掌握|熟练使用|熟练运用|熟练|熟悉|掌握|了解|会使用|能够使用|能够|使用|具备|具有|良好的|深入理解|理解|proficient (?:in|with)|familiar with|experienced (?:in|with)|expert (?:in|with)|knowledge of|skilled in|strong)\s*/i;
const TRAILING = /\s*(?:等(?:[\p{Script=Han}]{0,6})?|etc\.?|and more|以及其他)$/u;
const SPLIT = /\s*(?:[,，、;；|•·\t]|以及|(?<=[a-z0-9+#])\s*[和及与](?=\s*[a-z])|(?<=\p{Script=Han})[与及](?=\p{Script=Han})|\band\b)\s*/iu;
/** "Java/Python/Go" lists, but "TCP/IP" and "CI/CD" are one skill each. */
const LIST_SLASH = /(?<=[^/\s,，、;；|]{3})\s*\/\s*(?=[^/\s,，、;；|]{3})/g;

/** Skills listed in the skills section and in "技能: …" lines, each once (first spelling kept). */
export function extractSkills(sectionLines: string[], labelledValues: string[]): string[] {
  // Spoken languages go to `languages`; "Languages: Java, Go" in a skills list stays here.
  const items = [...sectionLines, ...labelledValues].flatMap(lineSkills).filter((item) => !mentionsLanguage(item));
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineSkills(line: string): string[] {
  const body = line.replace(BULLET, '').replace(GROUP_LABEL, '').replace(/[。.]$/, '').replace(LIST_SLASH, '、');
  return body
    .split(/[。]/)
    .flatMap((sentence) => sentence.split(SPLIT))
    .map(cleanSkill)
    .filter((skill): skill is string => skill !== undefined);
}

function cleanSkill(raw: string): string | undefined {
  let skill = raw.trim();
  for (let previous = ''; previous !== skill; ) {
    previous = skill;
    skill = skill.replace(PROFICIENCY, '').replace(TRAILING, '').replace(/^[(（](.*)[)）]$/, '$1').trim();
  }
  if (skill.length < 1 || skill.length > 30) return undefined;
  const hanCount = [...skill].filter((c) => HAN.test(c)).length;
  // Longer Chinese runs are sentences about the person, not skill names.
  return hanCount > 10 || /^\d+$/.test(skill) ? undefined : skill;
}
