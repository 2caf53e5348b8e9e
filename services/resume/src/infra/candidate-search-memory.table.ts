import type { CandidateSearchQuery } from '../app/ports';
import type { SearchRecord } from './candidate-search.model';
import { Compare, compareIds, pageOf } from './candidate-search.ranking';
import { TERM_WEIGHTS, cityKey, pageWindow } from './candidate-search.terms';

interface Entry {
  id: string;
  hash: string;
  record: SearchRecord;
  /** Interned term ids, ascending, with the weight of each: membership is a binary search. */
  termIds: Int32Array;
  weights: Uint8Array;
}

const NONE = new Int32Array(0);
const NO_TERMS: SearchRecord['terms'] = ['', '', '', ''];

/**
 * An inverted index in the process: term → slots of the people holding it. Slots are small
 * integers and terms are interned, so 100,000 people with ~100 terms each take tens of MB.
 */
export class SearchTable {
  private readonly slots = new Map<string, number>();
  private readonly entries: (Entry | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];

  get size(): number {
    return this.slots.size;
  }

  hashOf(id: string): string | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.entries[slot]!.hash;
  }

  put(id: string, record: SearchRecord, hash: string): void {
    const weightOf = new Map<number, number>();
    record.terms.forEach((packed, c) => {
      for (const term of packed.split(' ')) {
        if (!term) continue;
        const id = this.intern(term);
        weightOf.set(id, Math.max(weightOf.get(id) ?? 0, TERM_WEIGHTS[c]!));
      }
    });
    const termIds = Int32Array.from(weightOf.keys()).sort();
    const weights = Uint8Array.from(termIds, (t) => weightOf.get(t)!);
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.entries.length;
      this.slots.set(id, slot);
    }
    this.relink(slot, this.entries[slot]?.termIds ?? NONE, termIds);
    this.entries[slot] = { id, hash, record: { ...record, terms: NO_TERMS }, termIds, weights };
  }

  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.relink(slot, this.entries[slot]!.termIds, NONE);
    this.entries[slot] = undefined;
    this.slots.delete(id);
    this.freeSlots.push(slot);
  }

  search(query: CandidateSearchQuery, tokens: string[]): { ids: string[]; total: number } {
    const accepts = filterOf(query);
    const found: Entry[] = [];
    for (const entry of tokens.length ? this.withAll(tokens) : this.entries) if (entry && accepts(entry.record)) found.push(entry);
    const { skip, limit } = pageWindow(query);
    return { ids: pageOf(found, compareOf(query, tokens, this.termIds), skip, limit).map((e) => e.id), total: found.length };
  }

  /** Walks the shortest posting list and checks the other terms in each person's own term ids. */
  private withAll(tokens: string[]): Entry[] {
    const ids = tokens.map((t) => this.termIds.get(t));
    if (ids.some((id) => id === undefined)) return [];
    const lists = (ids as number[]).map((id) => ({ id, slots: this.postings[id]! })).sort((a, b) => a.slots.length - b.slots.length);
    const [shortest, ...rest] = lists;
    const result: Entry[] = [];
    for (const slot of shortest!.slots) {
      const entry = this.entries[slot]!;
      if (rest.every((l) => indexIn(entry.termIds, l.id) >= 0)) result.push(entry);
    }
    return result;
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.postings.push([]) - 1;
      this.termIds.set(term, id);
    }
    return id;
  }

  /** Moves the slot between posting lists: both id arrays are ascending, so one merge walk does it. */
  private relink(slot: number, before: Int32Array, after: Int32Array): void {
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
      const b = i < before.length ? before[i]! : Infinity;
      const a = j < after.length ? after[j]! : Infinity;
      if (b === a) (i += 1), (j += 1);
      else if (b < a) (unlink(this.postings[b]!, slot), (i += 1));
      else (this.postings[a]!.push(slot), (j += 1));
    }
  }
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unlink(list: number[], slot: number): void {
  const at = list.lastIndexOf(slot);
  list[at] = list[list.length - 1]!;
  list.pop();
}

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

/** The same semantics as searchFilter in the query engine. */
function filterOf(q: CandidateSearchQuery): (r: SearchRecord) => boolean {
  const city = cityKey(q.city);
  const from = q.createdFrom?.getTime() ?? -Infinity;
  const to = q.createdTo?.getTime() ?? Infinity;
  return (r) =>
    (!q.statuses?.length || q.statuses.includes(r.status)) &&
    (!q.stages?.length || r.stages.some((s) => q.stages!.includes(s))) &&
    (!q.requisitionId || r.requisitionIds.includes(q.requisitionId)) &&
    (!q.tags?.length || q.tags.every((t) => r.tags.includes(t))) &&
    (!q.categories?.length || q.categories.every((c) => r.categories.includes(c))) &&
    (!q.sourceChannel || r.sourceChannels.includes(q.sourceChannel)) &&
    (!city || r.city === city) &&
    (q.minYears === undefined || (r.years !== undefined && r.years >= q.minYears)) &&
    (q.maxYears === undefined || (r.years !== undefined && r.years <= q.maxYears)) &&
    (q.minEducationRank === undefined || r.edu >= q.minEducationRank) &&
    r.createdAt >= from &&
    r.createdAt <= to &&
    (!q.hrId || r.hrIds.includes(q.hrId));
}

/** MongoDB's order: a missing number sorts below every number; ties go by id. */
function compareOf(q: CandidateSearchQuery, tokens: string[], termIds: Map<string, number>): Compare<Entry> {
  const dir = q.sort.direction;
  const byId: Compare<Entry> = (a, b) => compareIds(a.id, b.id);
  switch (q.sort.field) {
    case 'createdAt':
      return (a, b) => (a.record.createdAt - b.record.createdAt) * dir || byId(a, b);
    case 'updatedAt':
      return (a, b) => (a.record.updatedAt - b.record.updatedAt) * dir || byId(a, b);
    case 'yearsOfExperience':
      return (a, b) => compareNumbers(a.record.years ?? -Infinity, b.record.years ?? -Infinity) * dir || byId(a, b);
    case 'name':
      return (a, b) => compareIds(a.record.nameKey, b.record.nameKey) * dir || byId(a, b);
    case 'relevance': {
      const ids = tokens.map((t) => termIds.get(t)!);
      const scores = new Map<Entry, number>();
      const score = (e: Entry) => {
        let s = scores.get(e);
        if (s === undefined) scores.set(e, (s = ids.reduce((sum, id) => sum + (e.weights[indexIn(e.termIds, id)] ?? 0), 0)));
        return s;
      };
      return (a, b) => (score(a) - score(b)) * dir || b.record.updatedAt - a.record.updatedAt || byId(a, b);
    }
  }
}
