import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { CandidateSearchDocument, CandidateSearchIndex } from '../app/ports';
import { META_COLLECTION, SHARD_COUNT, SearchRecord, StoredRecord, WRITES_ID, shardCollection, shardOf } from './candidate-search.model';
import { searchTable } from './candidate-search-memory.search';
import { SearchTable } from './candidate-search-memory.table';
import { cityKey, nameKey, searchTokens, termClasses } from './candidate-search.terms';

export interface MemoryEngine extends CandidateSearchIndex {
  /** Loads the stored records into the process; the first operation does it otherwise. */
  warmUp(): Promise<void>;
}

export function toRecord(doc: CandidateSearchDocument): SearchRecord {
  return {
    status: doc.status,
    tags: doc.tags,
    categories: doc.categories,
    sourceChannels: doc.sourceChannels,
    city: cityKey(doc.city),
    years: doc.yearsOfExperience,
    edu: doc.educationRank ?? 0,
    stages: doc.stages,
    requisitionIds: doc.requisitionIds,
    hrIds: doc.hrIds,
    createdAt: doc.createdAt.getTime(),
    updatedAt: doc.updatedAt.getTime(),
    nameKey: nameKey(doc.name),
    terms: termClasses(doc).map((terms) => terms.join(' ')) as SearchRecord['terms'],
  };
}

const digest = (stored: string) => createHash('sha256').update(stored).digest('base64');

/** A person's search record as stored in its shard: `{ _id, v: JSON, h: digest of v }` (for bulk loads). */
export function storedRecord(doc: CandidateSearchDocument): StoredRecord {
  const v = JSON.stringify(toRecord(doc));
  return { _id: doc.candidateId, v, h: digest(v) };
}
const isDuplicateKey = (error: unknown) => (error as { code?: unknown }).code === 11000;

interface QueuedUpsert {
  doc: CandidateSearchDocument;
  done: { resolve(): void; reject(error: unknown): void };
}

/**
 * Searches an in-process SearchTable, loaded once from the stored records and written through on
 * every change. A counter of writes in the meta collection shows changes made by another process:
 * on a mismatch the table is reloaded, so several processes stay correct (one is the fast case).
 * Operations run one at a time, which also keeps the table and the store in step; upserts that
 * queue up meanwhile are written together, with one count for all of them.
 */
export function memoryEngine(connection: Connection): MemoryEngine {
  let table: SearchTable | undefined;
  let knownWrites = 0;
  let stale = false;
  let tail: Promise<unknown> = Promise.resolve();
  const queued: QueuedUpsert[] = [];

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  }
  const db = () => connection.db!;
  const shard = (candidateId: string) => db().collection<StoredRecord>(shardCollection(shardOf(candidateId)));
  const meta = () => db().collection<{ _id: string; n: number }>(META_COLLECTION);
  const storedWrites = async () => (await meta().findOne({ _id: WRITES_ID }))?.n ?? 0;

  async function load(): Promise<SearchTable> {
    await connection.asPromise();
    const writes = await storedWrites();
    const next = new SearchTable();
    let shards = 0;
    // Two cursors: the server reads one shard's next batch while this process indexes the other's.
    const reader = async () => {
      for (let i = shards++; i < SHARD_COUNT; i = shards++) {
        for await (const stored of db().collection<StoredRecord>(shardCollection(i)).find({}, { batchSize: 1000 })) {
          next.put(stored._id, JSON.parse(stored.v) as SearchRecord, stored.h);
        }
      }
    };
    await Promise.all([reader(), reader()]);
    [table, knownWrites, stale] = [next, writes, false];
    return next;
  }

  const loaded = async () => (table && !stale ? table : load());
  const current = async () => (table && !stale && (await storedWrites()) === knownWrites ? table : load());

  async function countWrites(count: number): Promise<void> {
    const after = await meta().findOneAndUpdate({ _id: WRITES_ID }, { $inc: { n: count } }, { upsert: true, returnDocument: 'after' });
    if (after?.n === knownWrites + count) knownWrites = after.n;
    else stale = true;
  }

  async function store(doc: CandidateSearchDocument, before: string | undefined, stored: string, hash: string): Promise<void> {
    const collection = shard(doc.candidateId);
    // A new person is an insert: an upsert would first look for the _id, which FerretDB does by a scan.
    if (before === undefined) {
      await collection.insertOne({ _id: doc.candidateId, v: stored, h: hash }).catch(async (error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
        await collection.replaceOne({ _id: doc.candidateId }, { v: stored, h: hash });
      });
    } else {
      await collection.replaceOne({ _id: doc.candidateId }, { v: stored, h: hash }, { upsert: true });
    }
  }

  async function writeQueued(): Promise<void> {
    const batch = queued.splice(0);
    try {
      const current = await loaded();
      const latest = new Map(batch.map(({ doc }) => [doc.candidateId, doc]));
      const changes = [...latest.values()]
        .map((doc) => ({ doc, record: toRecord(doc), before: current.hashOf(doc.candidateId) }))
        .map((change) => ({ ...change, stored: JSON.stringify(change.record) }))
        .map((change) => ({ ...change, hash: digest(change.stored) }))
        .filter((change) => change.before !== change.hash);
      await Promise.all(changes.map((c) => store(c.doc, c.before, c.stored, c.hash)));
      if (changes.length) await countWrites(changes.length);
      for (const c of changes) current.put(c.doc.candidateId, c.record, c.hash);
      batch.forEach(({ done }) => done.resolve());
    } catch (error) {
      batch.forEach(({ done }) => done.reject(error));
    }
  }

  return {
    warmUp: () => serial(async () => void (await loaded())),

    upsert: (doc) =>
      new Promise<void>((resolve, reject) => {
        queued.push({ doc, done: { resolve, reject } });
        if (queued.length === 1) void serial(writeQueued);
      }),

    remove: (candidateId) =>
      serial(async () => {
        const current = await loaded();
        const { deletedCount } = await shard(candidateId).deleteOne({ _id: candidateId });
        if (deletedCount) await countWrites(1);
        current.delete(candidateId);
      }),

    search: (query) => serial(async () => searchTable(await current(), query, searchTokens(query.keywords))),
  };
}
