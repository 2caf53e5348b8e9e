import type { SearchRecord } from './candidate-search.model';
import { TERM_WEIGHTS } from './candidate-search.terms';

/** Filter values are terms too, marked so that no keyword can be mistaken for one. */
export const filterTerm = (field: string, value: string) => `\u0000${field}:${value}`;

const NONE = new Int32Array(0);

/**
 * An inverted index in the process. People live in slots (small integers): term → slots holding it,
 * slot → its term ids (ascending, with a weight each) and its sort and range values in typed arrays,
 * so a search walks integers and flat arrays instead of objects.
 */
export class SearchTable {
  readonly ids: (string | undefined)[] = [];
  readonly termIds: Int32Array[] = [];
  readonly weights: Uint8Array[] = [];
  readonly nameKeys: string[] = [];
  createdAt = new Float64Array(1024);
  updatedAt = new Float64Array(1024);
  /** NaN when unknown: it fails every range check, as a missing field does in MongoDB. */
  years = new Float64Array(1024);
  edu = new Uint8Array(1024);
  private readonly hashes: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly termIndex = new Map<string, number>();
  /** Posting lists as growable Int32Arrays: half the memory of number[] (8 bytes an element here). */
  private readonly postings: Int32Array[] = [];
  private readonly lengths: number[] = [];

  get size(): number {
    return this.slots.size;
  }

  hashOf(id: string): string | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.hashes[slot];
  }

  termId(term: string): number | undefined {
    return this.termIndex.get(term);
  }

  postingsOf(termId: number): Int32Array {
    return this.postings[termId]!.subarray(0, this.lengths[termId]);
  }

  put(id: string, record: SearchRecord, hash: string): void {
    // Each term as termId * 16 + weight: one numeric sort orders the ids and keeps each weight beside its id.
    const codes: number[] = [];
    record.terms.forEach((packed, c) => {
      if (packed) for (const term of packed.split(' ')) codes.push(this.intern(term) * 16 + TERM_WEIGHTS[c]!);
    });
    for (const term of filterTerms(record)) codes.push(this.intern(term) * 16);
    const sorted = new Int32Array(codes).sort();
    const ids = new Int32Array(sorted.length);
    const weights = new Uint8Array(sorted.length);
    let count = 0;
    for (const code of sorted) {
      // A repeated id sorts its highest weight last.
      if (count === 0 || ids[count - 1] !== code >> 4) count += 1;
      ids[count - 1] = code >> 4;
      weights[count - 1] = code & 15;
    }
    const termIds = count === ids.length ? ids : ids.slice(0, count);
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.grow();
      this.slots.set(id, slot);
    }
    this.relink(slot, this.termIds[slot] ?? NONE, termIds);
    this.ids[slot] = id;
    this.hashes[slot] = hash;
    this.termIds[slot] = termIds;
    this.weights[slot] = count === weights.length ? weights : weights.slice(0, count);
    this.nameKeys[slot] = record.nameKey;
    this.createdAt[slot] = record.createdAt;
    this.updatedAt[slot] = record.updatedAt;
    this.years[slot] = record.years ?? NaN;
    this.edu[slot] = record.edu;
  }

  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.relink(slot, this.termIds[slot]!, NONE);
    this.ids[slot] = undefined;
    this.termIds[slot] = NONE;
    this.slots.delete(id);
    this.freeSlots.push(slot);
  }

  private grow(): number {
    const slot = this.ids.length;
    if (slot === this.createdAt.length) {
      const widen = <T extends Float64Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
      this.createdAt = widen(this.createdAt, new Float64Array(slot * 2));
      this.updatedAt = widen(this.updatedAt, new Float64Array(slot * 2));
      this.years = widen(this.years, new Float64Array(slot * 2));
      this.edu = widen(this.edu, new Uint8Array(slot * 2));
    }
    this.ids.push(undefined);
    return slot;
  }

  private intern(term: string): number {
    let termId = this.termIndex.get(term);
    if (termId === undefined) {
      termId = this.postings.push(new Int32Array(2)) - 1;
      this.lengths.push(0);
      this.termIndex.set(term, termId);
    }
    return termId;
  }

  /** Moves the slot between posting lists: both id arrays are ascending, so one merge walk does it. */
  private relink(slot: number, before: Int32Array, after: Int32Array): void {
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
      const b = i < before.length ? before[i]! : Infinity;
      const a = j < after.length ? after[j]! : Infinity;
      if (b === a) (i += 1), (j += 1);
      else if (b < a) (this.unlink(b, slot), (i += 1));
      else (this.link(a, slot), (j += 1));
    }
  }

  private link(termId: number, slot: number): void {
    const length = this.lengths[termId]!;
    let list = this.postings[termId]!;
    if (length === list.length) {
      list = new Int32Array(length * 2);
      list.set(this.postings[termId]!);
      this.postings[termId] = list;
    }
    list[length] = slot;
    this.lengths[termId] = length + 1;
  }

  /** Order within a list does not matter: the last element fills the hole. */
  private unlink(termId: number, slot: number): void {
    const last = this.lengths[termId]! - 1;
    const list = this.postings[termId]!;
    list[list.lastIndexOf(slot, last)] = list[last]!;
    this.lengths[termId] = last;
  }
}

function filterTerms(r: SearchRecord): string[] {
  const many = (field: string, values: string[]) => values.map((value) => filterTerm(field, value));
  return [
    filterTerm('status', r.status),
    ...(r.city ? [filterTerm('city', r.city)] : []),
    ...many('tag', r.tags),
    ...many('category', r.categories),
    ...many('source', r.sourceChannels),
    ...many('stage', r.stages),
    ...many('requisition', r.requisitionIds),
    ...many('hr', r.hrIds),
  ];
}
