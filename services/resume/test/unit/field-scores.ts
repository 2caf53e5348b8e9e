import type { EducationEntry, ParsedResume, WorkEntry } from '../../src/domain/resume';

/** Per field: how many values the parser gave, how many the resumes hold, how many it got right. */
export interface FieldCount {
  predicted: number;
  expected: number;
  correct: number;
}

export type Scores = Map<string, FieldCount>;

export const FIELDS = [
  'name', 'phone', 'email', 'gender', 'birthYear', 'city', 'yearsOfExperience',
  'education.school', 'education.degree', 'education.major', 'education.years',
  'workHistory.employer', 'workHistory.title', 'workHistory.years',
  'skills', 'languages',
] as const;
export type Field = (typeof FIELDS)[number];

/** Case, width, spaces and punctuation do not make two values different ("Co., Ltd." = "Co. Ltd"). */
export function normalized(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s.,;:·•()'’"&_-]+/g, '');
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? normalized(a) === normalized(b) : a === b;

/** An organisation or list item matches when one name holds the other ("University of California" in "…, Berkeley"). */
function overlaps(a: string, b: string, minShare: number): boolean {
  const [x, y] = [normalized(a), normalized(b)];
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length / long.length >= minShare;
}

export function emptyScores(): Scores {
  return new Map(FIELDS.map((field) => [field, { predicted: 0, expected: 0, correct: 0 }]));
}

function tally(scores: Scores, field: Field, predicted: number, expected: number, correct: number): void {
  const count = scores.get(field)!;
  count.predicted += predicted;
  count.expected += expected;
  count.correct += correct;
}

const SCALARS = ['name', 'phone', 'email', 'gender', 'birthYear', 'city', 'yearsOfExperience'] as const;

/** Adds one resume's comparison to the running counts. */
export function scoreResume(scores: Scores, expected: ParsedResume, parsed: ParsedResume): void {
  for (const field of SCALARS) {
    const [given, wanted] = [parsed[field] !== undefined, expected[field] !== undefined];
    tally(scores, field, Number(given), Number(wanted), Number(given && wanted && same(parsed[field], expected[field])));
  }
  scoreEntries(scores, 'education', expected.education, parsed.education, (e) => e.school, { degree: 'degree', major: 'major' });
  scoreEntries(scores, 'workHistory', expected.workHistory, parsed.workHistory, (e) => e.employer, { title: 'title' });
  scoreItems(scores, 'skills', expected.skills, parsed.skills);
  scoreItems(scores, 'languages', expected.languages, parsed.languages);
}

type Entry = EducationEntry | WorkEntry;

/** Entries are paired by school / employer; each other part is then scored on the pairs. */
function scoreEntries<E extends Entry>(
  scores: Scores,
  prefix: 'education' | 'workHistory',
  expected: E[],
  parsed: E[],
  key: (entry: E) => string,
  parts: Record<string, keyof E>,
): void {
  const pairs = pairUp(expected, parsed, (a, b) => overlaps(key(a), key(b), 0.6));
  tally(scores, `${prefix}.${prefix === 'education' ? 'school' : 'employer'}` as Field, parsed.length, expected.length, pairs.length);
  const years = (e: E) => (e.startYear !== undefined || e.endYear !== undefined ? `${e.startYear}-${e.endYear}` : undefined);
  const partOf = (name: string) => (name === 'years' ? years : (e: E) => e[parts[name]]);
  for (const name of [...Object.keys(parts), 'years']) {
    const value = partOf(name);
    const field = `${prefix}.${name}` as Field;
    const correct = pairs.filter(([e, p]) => value(e) !== undefined && same(value(e), value(p))).length;
    const defined = (entries: E[]) => entries.filter((entry) => value(entry) !== undefined).length;
    tally(scores, field, defined(parsed), defined(expected), correct);
  }
}

function scoreItems(scores: Scores, field: Field, expected: string[], parsed: string[]): void {
  tally(scores, field, parsed.length, expected.length, pairUp(expected, parsed, (a, b) => overlaps(a, b, 0)).length);
}

/** Greedy one-to-one pairing, in the expected order. */
function pairUp<T>(expected: T[], parsed: T[], match: (a: T, b: T) => boolean): [T, T][] {
  const free = [...parsed];
  const pairs: [T, T][] = [];
  for (const wanted of expected) {
    const at = free.findIndex((candidate) => match(wanted, candidate));
    if (at >= 0) pairs.push([wanted, free.splice(at, 1)[0]]);
  }
  return pairs;
}

export const precision = (c: FieldCount) => (c.predicted === 0 ? 1 : c.correct / c.predicted);
export const recall = (c: FieldCount) => (c.expected === 0 ? 1 : c.correct / c.expected);

/** The table for the README: one row per field, as Markdown. */
export function scoreTable(scores: Scores, documents: number): string {
  const rows = [...scores].map(([field, c]) => `| ${field} | ${c.expected} | ${c.predicted} | ${c.correct} | ${precision(c).toFixed(2)} | ${recall(c).toFixed(2)} |`);
  return [
    `Field-level precision and recall on ${documents} synthetic resumes:`,
    '',
    '| field | in the resumes | parsed | correct | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
