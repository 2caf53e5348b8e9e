/**
 * Candidate search at scale: loads a deterministic synthetic talent pool through the search index,
 * then times a mixed set of searches. Prints figures; asserts nothing.
 *
 *   npm run bench -- resume-search [--count 100000] [--searches 100] [--updates 200] [--engine auto|memory|query] [--seed 7] [--bulk]
 *
 * --bulk (memory engine): writes the stored search records straight into their shards with insertMany
 * instead of one upsert a person, for pools too large to load person by person (1,000,000).
 *
 * --searches is per kind (five kinds). The database `bench_resume_search` is dropped first.
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Connection } from 'mongoose';
import { connectMongo, createLogger } from '@hr/platform';
import type { CandidateSearchIndex } from '../services/resume/src/app/ports';
import { elapsedMs, latencyTable, LatencyRow } from './support/latency-table';
import { loadMemoryStoreModules, loadSearchIndexModule } from './support/resume-service';
import { searchWorkload, KINDS, Kind } from './support/search-workload';
import { syntheticCandidate } from './support/synthetic-candidates';

const DB_NAME = 'bench_resume_search';

/** Memory held after a full collection (typed arrays live outside the JS heap, so both count). */
function memoryMb(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return Math.round((heapUsed + arrayBuffers) / 2 ** 20);
}

function options(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  const count = Number(value('count', '100000'));
  const engine = value('engine', 'auto');
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  if (!['auto', 'memory', 'query'].includes(engine)) throw new Error('--engine must be auto, memory or query');
  return {
    count,
    searchesPerKind: Number(value('searches', '100')),
    updates: Math.min(count, Number(value('updates', '200'))),
    engine: engine as 'auto' | 'memory' | 'query',
    seed: Number(value('seed', '7')),
    bulk: argv.includes('--bulk'),
  };
}

async function serverName(connection: Connection): Promise<string> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  return info.ferretdbVersion ? `FerretDB ${String(info.ferretdbVersion).replace(/^v/, '')}` : `MongoDB ${info.version}`;
}

async function timed<T>(samples: number[], task: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await task();
  samples.push(elapsedMs(start));
  return result;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const url = process.env.MONGO_URL;
  if (!url) throw new Error('MONGO_URL is not set: run this through `npm run bench -- resume-search`');
  const logger = createLogger('bench', 'warn');
  const { mongoCandidateSearchIndex, searchEngineFor } = loadSearchIndexModule();
  const connection = await connectMongo({ url, dbName: DB_NAME, logger });
  try {
    await connection.db!.dropDatabase();
    const engine = opts.engine === 'auto' ? await searchEngineFor(connection) : opts.engine;
    const fmt = (n: number) => n.toLocaleString('en-US');
    console.log(`resume-search: ${fmt(opts.count)} candidates · engine ${engine} · ${await serverName(connection)} · ${os.cpus().length} cores · Node ${process.version}`);

    if (opts.bulk) {
      if (engine !== 'memory') throw new Error('--bulk loads the memory engine only');
      return await bulkRun(connection, opts);
    }
    const index = mongoCandidateSearchIndex(connection, { engine });
    await index.search({ keywords: 'Java', sort: { field: 'createdAt', direction: 1 }, page: 1, pageSize: 1 });
    const memoryBefore = memoryMb();
    let generatingMs = 0;
    const upsertMs: number[] = [];
    const step = Math.max(1, Math.floor(opts.count / 10));
    const loadStart = process.hrtime.bigint();
    for (let i = 0; i < opts.count; i += 1) {
      const start = process.hrtime.bigint();
      const doc = syntheticCandidate(opts.seed, i);
      generatingMs += elapsedMs(start);
      await timed(upsertMs, () => index.upsert(doc));
      if ((i + 1) % step === 0) console.log(`  loaded ${fmt(i + 1)} in ${(elapsedMs(loadStart) / 1000).toFixed(0)} s`);
    }
    const loadingMs = upsertMs.reduce((sum, ms) => sum + ms, 0);
    console.log(`load        ${fmt(opts.count)} upserts in ${(loadingMs / 1000).toFixed(1)} s → ${fmt(Math.round(opts.count / (loadingMs / 1000)))} inserts/s (generating the documents, not counted: ${(generatingMs / 1000).toFixed(1)} s)`);
    console.log(`memory      ${fmt(memoryMb() - memoryBefore)} MB more after the load (JS heap + array buffers, after a full GC)`);

    const updateMs: number[] = [];
    for (let j = 0; j < opts.updates; j += 1) {
      const doc = syntheticCandidate(opts.seed, Math.floor((j * opts.count) / opts.updates));
      const changed = { ...doc, stages: [...doc.stages, 'interview'], updatedAt: new Date(doc.updatedAt.getTime() + 86_400_000) };
      await timed(updateMs, () => index.upsert(changed));
    }

    const coldMs = await coldStartMs(await connectMongo({ url, dbName: DB_NAME, logger }), engine);
    console.log(`cold start  ${(coldMs / 1000).toFixed(2)} s from a new index instance to its first answer`);

    const rows = await runSearches(index, opts.seed, opts.searchesPerKind);
    rows.push({ label: 'update of a person', millis: updateMs }, { label: 'insert (load)', millis: upsertMs });
    console.log(`\n${latencyTable(rows)}`);
  } finally {
    await connection.close();
  }
}

/**
 * Loads the pool by insertMany into the shards (1,000 a batch per shard), then measures what a service
 * sees: the cold start that reads every record, the memory it holds, searches and updates.
 */
async function bulkRun(connection: Connection, opts: ReturnType<typeof options>): Promise<void> {
  const store = loadMemoryStoreModules();
  const fmt = (n: number) => n.toLocaleString('en-US');
  const buffers: StoredBatch[] = Array.from({ length: store.SHARD_COUNT }, () => []);
  const start = process.hrtime.bigint();
  const flush = async (shard: number) => {
    if (!buffers[shard]!.length) return;
    await connection.db!.collection(store.shardCollection(shard)).insertMany(buffers[shard]! as never[], { ordered: false });
    buffers[shard] = [];
  };
  for (let i = 0; i < opts.count; i += 1) {
    const stored = store.storedRecord(syntheticCandidate(opts.seed, i));
    const shard = store.shardOf(stored._id);
    buffers[shard]!.push(stored);
    if (buffers[shard]!.length >= 1000) await flush(shard);
    if ((i + 1) % Math.max(1, Math.floor(opts.count / 10)) === 0) console.log(`  loaded ${fmt(i + 1)} in ${(elapsedMs(start) / 1000).toFixed(0)} s`);
  }
  for (let shard = 0; shard < store.SHARD_COUNT; shard += 1) await flush(shard);
  await connection.db!.collection(store.META_COLLECTION).updateOne({ _id: store.WRITES_ID } as never, { $set: { n: opts.count } }, { upsert: true });
  console.log(`bulk load   ${fmt(opts.count)} records in ${(elapsedMs(start) / 1000).toFixed(0)} s (generating included)`);

  const memoryBefore = memoryMb();
  const index = loadSearchIndexModule().mongoCandidateSearchIndex(connection, { engine: 'memory' });
  const coldStart = process.hrtime.bigint();
  await index.search({ keywords: 'Java', sort: { field: 'relevance', direction: -1 }, page: 1, pageSize: 20 });
  console.log(`cold start  ${(elapsedMs(coldStart) / 1000).toFixed(1)} s from a new index instance to its first answer (reads every record)`);
  console.log(`memory      ${fmt(memoryMb() - memoryBefore)} MB held by the loaded index (JS heap + array buffers, after a full GC)`);
  const updateMs: number[] = [];
  for (let j = 0; j < opts.updates; j += 1) {
    const doc = syntheticCandidate(opts.seed, Math.floor((j * opts.count) / opts.updates));
    const changed = { ...doc, stages: [...doc.stages, 'interview'], updatedAt: new Date(doc.updatedAt.getTime() + 86_400_000) };
    await timed(updateMs, () => index.upsert(changed));
  }
  const rows = await runSearches(index, opts.seed, opts.searchesPerKind);
  rows.push({ label: 'update of a person', millis: updateMs });
  console.log(`\n${latencyTable(rows)}`);
}

type StoredBatch = { _id: string; v: string; h: string }[];

/** What a restarted service waits for (the memory engine loads every stored record first). */
async function coldStartMs(connection: Connection, engine: 'memory' | 'query'): Promise<number> {
  try {
    const start = process.hrtime.bigint();
    const index = loadSearchIndexModule().mongoCandidateSearchIndex(connection, { engine });
    await index.search({ keywords: 'Java', sort: { field: 'relevance', direction: -1 }, page: 1, pageSize: 20 });
    return elapsedMs(start);
  } finally {
    await connection.close();
  }
}

async function runSearches(index: CandidateSearchIndex, seed: number, perKind: number): Promise<LatencyRow[]> {
  for (const { query } of searchWorkload(seed + 1, 4)) await index.search(query);
  const byKind = new Map<Kind, { millis: number[]; hits: number }>(KINDS.map((kind) => [kind, { millis: [], hits: 0 }]));
  for (const { kind, query } of searchWorkload(seed, perKind)) {
    const row = byKind.get(kind)!;
    row.hits += (await timed(row.millis, () => index.search(query))).total;
  }
  const rows: LatencyRow[] = KINDS.map((kind) => ({ label: kind, millis: byKind.get(kind)!.millis, meanHits: byKind.get(kind)!.hits / perKind }));
  const all = rows.flatMap((r) => r.millis);
  rows.push({ label: 'all searches', millis: all, meanHits: rows.reduce((sum, r) => sum + r.meanHits! * perKind, 0) / all.length });
  return rows;
}

main().catch((error: unknown) => {
  console.error(`resume-search: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
