import { findDateRange, monthIndex, withoutRange } from './date-ranges';
import type { DateRange } from './date-ranges';
import { definedOnly } from './defined-only';
import { isDetailLine, lineTokens, splitEntries } from './line-tokens';
import { isCompanyName, isJobTitle } from './organization-names';
import type { WorkEntry } from './resume';

/** A job's span in months (see `monthIndex`); `end` undefined while current. */
export interface WorkPeriod {
  start: number;
  end?: number;
}

interface Draft {
  employer?: string;
  title?: string;
  range?: DateRange;
  description: string[];
}

const LABELS: [keyof Draft, RegExp][] = [
  ['employer', /^(?:公司名称|公司|工作单位|单位名称|单位|就职公司|雇主|company|employer)\s*:\s*/i],
  ['title', /^(?:职位名称|职位|岗位|职务|担任职位|title|position|role)\s*:\s*/i],
  ['range', /^(?:在职时间|工作时间|任职时间|起止时间|时间|period|dates?)\s*:\s*/i],
  ['description', /^(?:工作内容|工作职责|主要职责|职责|工作描述|描述|responsibilities|description|duties)\s*:\s*/i],
];
/** Sentences about the job start with a verb; a company name never does. */
const STARTS_WITH_VERB = /^(?:负责|参与|主导|完成|协助|带领|管理|服务|包括|获得|通过|使用|开发|设计|维护|推动|实现|建立|优化|组织|跟进|处理|对接|led|built|managed|developed|designed|worked|responsible)/i;

export function extractWorkHistory(lines: string[]): { entries: WorkEntry[]; periods: WorkPeriod[] } {
  const drafts: Draft[] = [];
  for (const line of lines.flatMap(splitEntries)) addLine(drafts, line);
  const kept = withEmployers(drafts);
  return { entries: kept.map(toEntry), periods: kept.flatMap(toPeriod) };
}

/** A draft that never found its employer was a line about the job before it ("晋升为销售经理"): it goes back there. */
function withEmployers(drafts: Draft[]): (Draft & { employer: string })[] {
  const kept: (Draft & { employer: string })[] = [];
  for (const draft of drafts) {
    if (draft.employer) kept.push(draft as Draft & { employer: string });
    else kept.at(-1)?.description.push(...(draft.title ? [draft.title] : []), ...draft.description);
  }
  return kept;
}

/** A line fills the current job, or starts the next one when it repeats what the current one has. */
function addLine(drafts: Draft[], line: string): void {
  const current = drafts.at(-1);
  const next = () => {
    const draft: Draft = { description: [] };
    drafts.push(draft);
    return draft;
  };
  const labelled = LABELS.find(([, pattern]) => pattern.test(line));
  if (labelled) {
    const [field, pattern] = labelled;
    const fits = current && (field === 'description' || current[field] === undefined);
    applyLabelled(fits ? current : next(), field, line.replace(pattern, '').trim());
    return;
  }
  const header = readHeader(line);
  if (header) {
    const repeats = (header.employer && current?.employer) || (header.range && current?.range);
    const draft = current && !repeats ? current : next();
    draft.employer ??= header.employer;
    draft.title ??= header.title;
    draft.range ??= header.range;
  } else if (isJobTitle(line) && line.length <= 30 && !isDetailLine(line)) {
    // "Marketing Manager" alone: the title of the current job, or the first line of the next one.
    if (current && !current.title) current.title = line;
    else next().title = line;
  } else {
    current?.description.push(line);
  }
}

function applyLabelled(draft: Draft, field: keyof Draft, value: string): void {
  if (field === 'description') draft.description.push(value);
  else if (field === 'range') draft.range = findDateRange(value);
  else draft[field] = value || undefined;
}

/** The title line of a job: a date range, or a short line that starts with a company name. */
function readHeader(line: string): Omit<Draft, 'description'> | undefined {
  const found = findDateRange(line);
  const range = found?.start ? found : undefined;
  if (!range && (isDetailLine(line) || STARTS_WITH_VERB.test(line))) return undefined;
  const tokens = lineTokens(withoutRange(line, range));
  const employer = tokens.find((t) => isCompanyName(t) && !isJobTitle(t));
  // Undated, only "Company[, place] — Title" or "Employer — Title" is a job's first line, not a sentence.
  const startsWithCompany = employer !== undefined && employer === tokens[0] && tokens.length <= 4;
  const employerAndTitle = tokens.length === 2 && tokens.some((t) => isJobTitle(t)) && !tokens.every((t) => isJobTitle(t));
  if (!range && !startsWithCompany && !employerAndTitle) return undefined;
  const title = tokens.find((t) => t !== employer && isJobTitle(t));
  // "Stripe — Software Engineer": the cell beside a title that is not one is the employer.
  const other = tokens.find((t) => t !== employer && t !== title && t.length <= 40 && !isDetailLine(t) && !STARTS_WITH_VERB.test(t));
  return definedOnly({ employer: employer ?? other, title, range });
}

function toEntry(draft: Draft & { employer: string }): WorkEntry {
  const description = draft.description.join('\n').slice(0, 2000).trim();
  return definedOnly({
    employer: draft.employer,
    title: draft.title,
    startYear: draft.range?.start?.year,
    endYear: draft.range?.current ? undefined : draft.range?.end?.year,
    description: description || undefined,
  });
}

function toPeriod(draft: Draft): WorkPeriod[] {
  const range = draft.range;
  if (!range?.start) return [];
    // An end month is worked through: 2018.07–2020.06 is 24 months.
  const end = range.current || !range.end ? undefined : monthIndex(range.end) + (range.end.month ? 1 : 0);
  return [{ start: monthIndex(range.start), end }];
}
