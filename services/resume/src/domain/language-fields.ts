const LANGUAGE =
  /英语|英文|日语|日文|韩语|法语|德语|西班牙语|俄语|葡萄牙语|意大利语|阿拉伯语|粤语|普通话|汉语|中文|english|mandarin|cantonese|chinese|japanese|korean|french|german|spanish|russian|portuguese|italian|arabic/i;
const CERTIFICATE = /cet-?[46]|英语[四六]级|专业[四八]级|tem-?[48]|雅思|ielts|托福|toefl|\b(?:toeic|gre|gmat|bec|jlpt|topik)\b|日语\s*n[1-5]|(?<![a-z])n[1-5](?![a-z0-9])/i;
const STARTS_WITH_LANGUAGE = new RegExp(`^(?:${LANGUAGE.source})`, 'i');
const IN_TEXT = /(?:大学)?英语[四六]级(?:\s*\(?cet-?[46]\)?)?|cet-?[46](?:\s*\d{3})?|(?:英语)?专业[四八]级|tem-?[48]|(?:雅思|ielts)\s*\d(?:\.\d)?|(?:托福|toefl)\s*\d{2,3}|日语\s*n[1-5]|jlpt\s*n[1-5]/gi;
const SPLIT = /\s*[,，、;；|]\s*|\s+(?=[-•·])|[。]/;

/** A human language or a language certificate, as opposed to a programming language. */
export function mentionsLanguage(item: string): boolean {
  // "能熟练阅读英文文档" mentions English but states no level: only items led by the language count.
  const latinOnly = !/\p{Script=Han}/u.test(item);
  return CERTIFICATE.test(item) || STARTS_WITH_LANGUAGE.test(item) || (latinOnly && LANGUAGE.test(item));
}

/**
 * Languages and their levels as the resume states them ("英语六级", "English (fluent)"): in their own
 * section or label, else among the skills ("…、英语口语流利"), else certificates named anywhere.
 */
export function extractLanguages(sectionLines: string[], labelledValues: string[], skillLines: string[], allLines: string[]): string[] {
  const stated = languageItems([...sectionLines, ...labelledValues]);
  const items = stated.length > 0 ? stated : languageItems(skillLines);
  const found = items.length > 0 ? items : allLines.flatMap((line) => [...line.matchAll(IN_TEXT)].map((m) => m[0].trim()));
  return unique(found);
}

function languageItems(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.replace(/^[-•·*]\s*/, '').split(SPLIT))
    .map((item) => item.replace(/^(?:语言|外语|languages?)\s*:\s*/i, '').replace(/\s*:\s*/, ' ').trim())
    .filter((item) => item.length > 0 && item.length <= 30 && mentionsLanguage(item));
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, '');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
