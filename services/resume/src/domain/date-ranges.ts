export interface YearMonth {
  year: number;
  month?: number;
}

/** A period found in a line; `current` for 至今 / Present. A lone date is kept as `end` (a graduation). */
export interface DateRange {
  start?: YearMonth;
  end?: YearMonth;
  current: boolean;
  /** Where the period sits in the line, so callers can cut it out. */
  index: number;
  length: number;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const YEAR = '(?:19|20)\\d{2}';
const MONTH = '(?:0?[1-9]|1[0-2])(?!\\d)';
const POINT = new RegExp(
  [
    `(?<![a-z])(?:${EN_MONTH})\\.?\\s*,?\\s*${YEAR}(?!\\d)`,
    `(?<!\\d)${MONTH}\\s*/\\s*${YEAR}(?!\\d)`,
    `(?<!\\d)${YEAR}(?:\\s*(?:[./-]|年)\\s*${MONTH}\\s*月?(?:\\s*[./-]\\s*\\d{1,2}(?!\\d)\\s*日?)?|\\s*年)?(?!\\d)`,
  ].join('|'),
  'gi',
);
const SEPARATOR = /^\s*(?:[-–—―−~]+|至|到|to|until)\s*$/i;
const PRESENT = /^\s*(?:(?:[-–—―−~]+|至|到|to|until)\s*(?:至今|现在|今|目前|当前|present|now|current|today|to date)|至今)/i;

function parsePoint(text: string): YearMonth {
  const lower = text.toLowerCase();
  const year = Number(/(?:19|20)\d{2}/.exec(lower)?.[0]);
  const enMonth = EN_MONTHS.findIndex((m) => lower.startsWith(m));
  if (enMonth >= 0) return { year, month: enMonth + 1 };
  const slashMonth = /^(\d{1,2})\s*\//.exec(lower);
  if (slashMonth) return { year, month: Number(slashMonth[1]) };
  const month = /^\d{4}\s*(?:[./-]|年)\s*(\d{1,2})/.exec(lower);
  return month ? { year, month: Number(month[1]) } : { year };
}

/** The first period in a line: "2013.09-2017.06", "2013年9月—2017年6月", "Jul 2018 – Present", "2019". */
export function findDateRange(line: string): DateRange | undefined {
  const points = [...line.matchAll(POINT)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    const afterEnd = point.at + point.text.length;
    const next = points[i + 1];
    if (next && SEPARATOR.test(line.slice(afterEnd, next.at))) {
      const length = next.at + next.text.length - point.at;
      return { start: parsePoint(point.text), end: parsePoint(next.text), current: false, index: point.at, length };
    }
    const present = PRESENT.exec(line.slice(afterEnd));
    if (present) {
      return { start: parsePoint(point.text), current: true, index: point.at, length: afterEnd + present[0].length - point.at };
    }
  }
  const lone = points[0];
  return lone && { end: parsePoint(lone.text), current: false, index: lone.at, length: lone.text.length };
}

export function withoutRange(line: string, range: DateRange | undefined): string {
  if (!range) return line;
  return `${line.slice(0, range.index)} ${line.slice(range.index + range.length)}`.trim();
}

/** A count of months; a year without its month is taken as mid-year, so "2016 – 2018" is two years. */
export function monthIndex(point: YearMonth): number {
  return point.year * 12 + (point.month ?? 6) - 1;
}
