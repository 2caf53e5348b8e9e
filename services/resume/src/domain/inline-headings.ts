import { findDateRange } from './date-ranges';
import { findDegree } from './degree-levels';
import { schoolIn } from './organization-names';
import { headingKind } from './section-headings';
import type { SectionKind } from './section-headings';

export interface InlineHeading {
  kind: SectionKind;
  /** The section's first content, on the heading's own line. */
  rest: string;
}

/** "教育背景：…", "Skills: …", or a heading in a table's left cell ("教育背景<tab>…"). */
const WITH_COLON = /^([^:\t]{1,30}?)\s*(?::|\t)\s*(.+)$/;
/** "【工作经历】2019年7月—至今 …": a bracketed heading needs no separator at all. */
const BRACKETED = /^([【\[][^】\]]{1,20}[】\]])\s*(.+)$/;
/** "教育背景 2014-2018 苏州大学…": a heading and its content set apart by a space only. */
const WITH_SPACE = /^(\S.{0,29}?)\s+(.+)$/;
/** 工作经验：5年 / Experience: 6+ years states a number of years, not a section. */
const YEARS_ONLY = /^(?:\d{1,2}|[一两二三四五六七八九十])\s*(?:\+|多|余)?\s*(?:年|years?|yrs?)|^(?:无|暂无|none|n\/a)$/i;

/**
 * The section a line opens when the heading and its first content share the line, as job boards'
 * one-line layouts and two-column templates (seen through PDF text) write them.
 */
export function inlineHeading(line: string): InlineHeading | undefined {
  const colon = WITH_COLON.exec(line);
  const byColon = colon && asInline(colon[1], colon[2]);
  if (byColon) return byColon;
  const bracketed = BRACKETED.exec(line);
  const byBrackets = bracketed && asInline(bracketed[1], bracketed[2]);
  if (byBrackets) return byBrackets;
  const space = WITH_SPACE.exec(line);
  if (!space) return undefined;
  const [, head, rest] = space;
  // Without a colon only a full heading (教育背景, not 教育) followed by a date is taken, e.g. "Education 2014-2018 …".
  const dated = findDateRange(rest)?.index === 0;
  const fullHanHeading = /^\p{Script=Han}{4,}$/u.test(head);
  return dated || fullHanHeading ? asInline(head, rest) : undefined;
}

function asInline(head: string, rest: string): InlineHeading | undefined {
  const kind = headingKind(head);
  if (!kind || !rest.trim() || !fitsSection(kind, rest)) return undefined;
  return { kind, rest: rest.trim() };
}

/** Work and education content carries a date, a school or a degree; anything else is a labelled value. */
function fitsSection(kind: SectionKind, rest: string): boolean {
  if (YEARS_ONLY.test(rest.trim())) return false;
  if (kind === 'work' || kind === 'internship' || kind === 'projects') return findDateRange(rest) !== undefined;
  if (kind === 'education') return findDateRange(rest) !== undefined || Boolean(findDegree(rest)) || Boolean(schoolIn(rest));
  return true;
}
