import { normalizeEmail, normalizePhone } from './contact-normalization';
import { isLatinName, nameKey, normalizeName, normalizeOrganization } from './identity-normalization';

export interface CandidateIdentity {
  name?: string;
  phones: string[];
  emails: string[];
  schools: string[];
  employers: string[];
}

export type DuplicateVerdict = 'same' | 'possible' | 'different';

export interface DuplicateScore {
  verdict: DuplicateVerdict;
  /** 1 for a shared contact; 0.5–0.95 for a possible match; below 0.5 otherwise. */
  score: number;
  /** Codes: same_phone, same_email, same_name, swapped_name, similar_name, shared_school, shared_employer. */
  reasons: string[];
}

export interface DuplicateKeys {
  phones: string[];
  emails: string[];
  /** Exact and swapped-order names share it; one-letter typos do not, they are scored after lookup. */
  nameKey?: string;
}

export function duplicateKeys(identity: CandidateIdentity): DuplicateKeys {
  return {
    phones: normalizedSet(identity.phones, normalizePhone),
    emails: normalizedSet(identity.emails, normalizeEmail),
    nameKey: nameKey(identity.name),
  };
}

export function scoreDuplicate(a: CandidateIdentity, b: CandidateIdentity): DuplicateScore {
  const keysA = duplicateKeys(a);
  const keysB = duplicateKeys(b);
  const contactReasons = [
    ...(intersects(keysA.phones, keysB.phones) ? ['same_phone'] : []),
    ...(intersects(keysA.emails, keysB.emails) ? ['same_email'] : []),
  ];
  if (contactReasons.length > 0) return { verdict: 'same', score: 1, reasons: contactReasons };
  const name = nameSimilarity(a.name, b.name);
  const orgReasons = [
    ...(sharesOrganization(a.schools, b.schools) ? ['shared_school'] : []),
    ...(sharesOrganization(a.employers, b.employers) ? ['shared_employer'] : []),
  ];
  const reasons = [...(name.reason ? [name.reason] : []), ...orgReasons];
  if (name.score > 0 && orgReasons.length > 0) {
    return { verdict: 'possible', score: round(Math.min(0.95, 0.5 + 0.3 * name.score + 0.1 * orgReasons.length)), reasons };
  }
  return { verdict: 'different', score: round(0.3 * name.score + 0.1 * orgReasons.length), reasons };
}

function nameSimilarity(a: string | undefined, b: string | undefined): { score: number; reason?: string } {
  const left = normalizeName(a);
  const right = normalizeName(b);
  if (!left || !right) return { score: 0 };
  if (left === right) return { score: 1, reason: 'same_name' };
  // A one-character difference between Chinese names is another person (张伟 / 张玮).
  if (!isLatinName(left) || !isLatinName(right)) return { score: 0 };
  if (nameKey(left) === nameKey(right)) return { score: 0.9, reason: 'swapped_name' };
  return withinOneEdit(left, right) ? { score: 0.8, reason: 'similar_name' } : { score: 0 };
}

/** Levenshtein distance ≤ 1, in one pass: only one difference is ever looked for. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const skip = short.length === long.length ? 1 : 0;
  return short.slice(i + skip) === long.slice(i + 1);
}

/** Equal after normalising, or one inside the other ("字节跳动" in "北京字节跳动科技"). */
function sharesOrganization(a: string[], b: string[]): boolean {
  const left = a.map(normalizeOrganization).filter(Boolean);
  const right = b.map(normalizeOrganization).filter(Boolean);
  return left.some((x) => right.some((y) => x === y || containsEnough(x, y) || containsEnough(y, x)));
}

function containsEnough(outer: string, inner: string): boolean {
  const minimum = /\p{Script=Han}/u.test(inner) ? 2 : 4;
  return inner.length >= minimum && outer.includes(inner);
}

function normalizedSet(values: string[], normalize: (value: string) => string | undefined): string[] {
  return [...new Set(values.map(normalize).filter((v): v is string => v !== undefined))];
}

function intersects(a: string[], b: string[]): boolean {
  return a.some((value) => b.includes(value));
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
