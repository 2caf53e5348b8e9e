import { monthIndex } from './date-ranges';
import type { WorkPeriod } from './work-history-fields';

const HAN_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const COUNT = '(\\d{1,2}|[一两二三四五六七八九十])';
const LABELLED = new RegExp(`^\\s*${COUNT}\\s*(?:\\+|多|余)?\\s*(?:年|years?|yrs?)`, 'i');
const HAN_PHRASE = new RegExp(`${COUNT}\\s*(?:\\+|多|余)?\\s*年(?:以上)?[\\p{Script=Han}A-Za-z+#]{0,8}?经验`, 'u');
const EN_PHRASE = new RegExp(`${COUNT}\\+?\\s*(?:years?|yrs?)['’]?\\s+(?:of\\s+)?(?:[a-z+#.-]+\\s+){0,3}?experience`, 'i');
const FRESH_GRADUATE = /应届(?:毕业)?生|fresh graduate|new grad/i;

const toNumber = (text: string) => HAN_NUMBERS[text] ?? Number(text);

/**
 * What the resume states (工作年限 / "6+ years of experience" in its header or summary) wins;
 * otherwise the union of the jobs' periods, so overlapping jobs are not counted twice; a student or a
 * graduate without jobs has none.
 */
export function experienceYears(labelled: string[], statementLines: string[], periods: WorkPeriod[], now: Date, studying = false): number | undefined {
  for (const value of labelled) {
    const match = LABELLED.exec(value);
    if (match) return toNumber(match[1]);
  }
  for (const line of statementLines) {
    const match = HAN_PHRASE.exec(line) ?? EN_PHRASE.exec(line);
    if (match) return toNumber(match[1]);
  }
  if (periods.length > 0) return Math.floor(coveredMonths(periods, now) / 12);
  return studying || statementLines.some((line) => FRESH_GRADUATE.test(line)) ? 0 : undefined;
}

function coveredMonths(periods: WorkPeriod[], now: Date): number {
  const today = monthIndex({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 });
  const spans = periods
    .map((p) => ({ start: p.start, end: Math.min(p.end ?? today, today) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reached = -Infinity;
  for (const span of spans) {
    const from = Math.max(span.start, reached);
    if (span.end > from) total += span.end - from;
    reached = Math.max(reached, span.end);
  }
  return total;
}
