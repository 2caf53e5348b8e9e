import type { CandidateSearchQuery } from '../app/ports';
import { Compare, compareIds, pageOf } from './candidate-search.ranking';
import { pageWindow } from '@hr/platform';
import { cityKey } from './candidate-search.terms';
import { SearchTable, filterTerm } from './candidate-search-memory.table';

/**
 * The same semantics as searchFilter in the query engine: every keyword and every single-valued or
 * all-of filter is a term the person must hold; stages and statuses need one of theirs; years,
 * education and creation date are ranges. Walks the fewest people that can match and sorts only
 * the page it returns.
 */
export function searchTable(table: SearchTable, query: CandidateSearchQuery, tokens: string[]): { ids: string[]; total: number } {
  const found = matchingSlots(table, query, tokens);
  const { skip, limit } = pageWindow(query);
  const page = pageOf(found, compareOf(table, query, tokens, found), skip, limit);
  return { ids: page.map((slot) => table.ids[slot]!), total: found.length };
}

function matchingSlots(table: SearchTable, q: CandidateSearchQuery, tokens: string[]): number[] {
  const city = cityKey(q.city);
  const mustTerms = [
    ...tokens,
    ...(q.tags ?? []).map((tag) => filterTerm('tag', tag)),
    ...(q.categories ?? []).map((category) => filterTerm('category', category)),
    ...(q.requisitionId ? [filterTerm('requisition', q.requisitionId)] : []),
    ...(q.hrId ? [filterTerm('hr', q.hrId)] : []),
    ...(q.sourceChannel ? [filterTerm('source', q.sourceChannel)] : []),
    ...(city ? [filterTerm('city', city)] : []),
  ];
  const must = mustTerms.map((term) => table.termId(term));
  if (must.some((id) => id === undefined)) return [];
  const anyOf = [(q.stages ?? []).map((s) => filterTerm('stage', s)), (q.statuses ?? []).map((s) => filterTerm('status', s))]
    .filter((group) => group.length)
    .map((group) => group.map((term) => table.termId(term)).filter((id): id is number => id !== undefined));
  if (anyOf.some((group) => !group.length)) return [];

  // Walk the shortest list that every match is on: a required term's, else the union of a group's.
  const required = (must as number[]).sort((a, b) => table.postingsOf(a).length - table.postingsOf(b).length);
  const groupSize = (group: number[]) => group.reduce((sum, id) => sum + table.postingsOf(id).length, 0);
  const walked = required.length ? [required.shift()!] : anyOf.sort((a, b) => groupSize(a) - groupSize(b)).shift();
  const inRanges = rangesOf(table, q);
  const { termIds } = table;
  const accepts = (slot: number) =>
    inRanges(slot) && required.every((id) => has(termIds[slot]!, id)) && anyOf.every((group) => group.some((id) => has(termIds[slot]!, id)));
  const found: number[] = [];
  if (!walked) {
    for (let slot = 0; slot < table.ids.length; slot += 1) if (table.ids[slot] !== undefined && accepts(slot)) found.push(slot);
    return found;
  }
  // A person on two of the walked lists (two of the wanted stages) is taken once.
  const seen = walked.length > 1 ? new Uint8Array(table.ids.length) : undefined;
  for (const id of walked) {
    for (const slot of table.postingsOf(id)) {
      if (seen?.[slot]) continue;
      if (seen) seen[slot] = 1;
      if (accepts(slot)) found.push(slot);
    }
  }
  return found;
}

function rangesOf(table: SearchTable, q: CandidateSearchQuery): (slot: number) => boolean {
  const { years, edu, createdAt } = table;
  const checks: ((slot: number) => boolean)[] = [];
  const { minYears, maxYears, minEducationRank, createdFrom, createdTo } = q;
  if (minYears !== undefined) checks.push((slot) => years[slot]! >= minYears);
  if (maxYears !== undefined) checks.push((slot) => years[slot]! <= maxYears);
  if (minEducationRank !== undefined) checks.push((slot) => edu[slot]! >= minEducationRank);
  if (createdFrom) checks.push((slot) => createdAt[slot]! >= createdFrom.getTime());
  if (createdTo) checks.push((slot) => createdAt[slot]! <= createdTo.getTime());
  return (slot) => checks.every((check) => check(slot));
}

/** MongoDB's order: a missing number sorts below every number; ties go by id. */
function compareOf(table: SearchTable, q: CandidateSearchQuery, tokens: string[], found: number[]): Compare<number> {
  const dir = q.sort.direction;
  const { ids } = table;
  const byId: Compare<number> = (a, b) => compareIds(ids[a]!, ids[b]!);
  const byNumber = (values: Float64Array | number[]): Compare<number> => (a, b) => compareNumbers(values[a]!, values[b]!) * dir || byId(a, b);
  switch (q.sort.field) {
    case 'createdAt':
      return byNumber(table.createdAt);
    case 'updatedAt':
      return byNumber(table.updatedAt);
    case 'yearsOfExperience':
      return byNumber(table.years.map((y) => (Number.isNaN(y) ? -Infinity : y)));
    case 'name':
      return (a, b) => compareIds(table.nameKeys[a]!, table.nameKeys[b]!) * dir || byId(a, b);
    case 'relevance': {
      const tokenIds = tokens.map((token) => table.termId(token)!);
      const scores = new Float64Array(ids.length);
      for (const slot of found) {
        let score = 0;
        for (const id of tokenIds) score += table.weights[slot]![indexIn(table.termIds[slot]!, id)]!;
        scores[slot] = score;
      }
      const updatedAt = table.updatedAt;
      return (a, b) => (scores[a]! - scores[b]!) * dir || updatedAt[b]! - updatedAt[a]! || byId(a, b);
    }
  }
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const has = (sorted: Int32Array, value: number) => indexIn(sorted, value) >= 0;

function indexIn(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else if (sorted[mid]! > value) high = mid - 1;
    else return mid;
  }
  return -1;
}
