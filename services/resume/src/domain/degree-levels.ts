import type { DegreeLevel } from './resume';

export interface DegreeMatch {
  level: DegreeLevel;
  index: number;
  text: string;
}

const word = (body: string) => new RegExp(`(?<![a-z])(?:${body})(?![a-z])`, 'i');

/** Highest level first: "博士研究生" is a doctorate before it is a 研究生. */
const PATTERNS: [DegreeLevel, RegExp][] = [
  ['doctorate', /博士(?:研究生|后)?/],
  ['doctorate', word(`ph\\.?\\s?d\\.?|d\\.?phil\\.?|doctor(?:ate)?(?: of [a-z]+)?`)],
  ['master', /硕士(?:研究生)?|研究生/],
  ['master', word(`e?mba|m\\.b\\.a\\.?|m\\.?tech\\.?|mca|m\\.?com\\.?|mpa|mpacc|m\\.?sc?\\.?|m\\.?eng\\.?|m\\.a\\.?|ma|ll\\.?m\\.?|master'?s?(?: degree)?(?: of [a-z]+(?: [a-z]+)?)?`)],
  ['bachelor', /(?:全日制|统招)?本科|学士/],
  ['bachelor', word(`b\\.?sc?\\.?|b\\.?eng\\.?|b\\.?tech\\.?|b\\.e\\.|b\\.?com\\.?|b\\.?b\\.?a\\.?|b\\.a\\.?|ba|ll\\.?b\\.?|bachelor'?s?(?: degree)?(?: of [a-z]+(?: [a-z]+)?)?`)],
  ['associate', /(?:全日制|统招)?(?:大专|专科)|高职/],
  ['associate', word(`associate'?s?(?: degree)?(?: of [a-z]+)?`)],
  ['high_school', /高中|中专|职高|中技|技校/],
  ['high_school', word('high school|secondary school')],
  ['other', word('diploma|certificate')],
];

/** The degree a line names, with where it sits so the caller can cut it out. */
export function findDegree(line: string): DegreeMatch | undefined {
  for (const [level, pattern] of PATTERNS) {
    const match = pattern.exec(line);
    if (match) return { level, index: match.index, text: match[0] };
  }
  return undefined;
}
