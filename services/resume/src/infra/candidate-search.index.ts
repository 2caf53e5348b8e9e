/**
 * Candidate search: keywords in Chinese and English (a match holds every query term) plus filters,
 * sorted and paginated. One port, two engines; `auto` picks by the server.
 *
 * Why two. FerretDB 1.24.2 on SQLite uses no index for any query. Its handler pushes down only a
 * filter that is exactly `{_id: <string>}`, and that SQL (`_ferretdb_sjson->'$._id' = ?`) does not
 * match the `_id_` index expression (`_ferretdb_sjson->"_id"`), so SQLite scans the table (EXPLAIN
 * QUERY PLAN: SCAN); every other filter, `$all` on a multikey array included, decodes every document
 * in Go. Measured there (2 cores, 2026-11-28):
 * - 100,000 documents of ~0.6 KB: any non-`_id` query 8 s; replaceOne / deleteOne by `_id` 0.35 /
 *   0.77 s. With a 100-term array in each: 50-100 s, and 2.6 / 7 s.
 * - A. One document per person with a multikey `terms` array, one find + one count (the query
 *   engine): at 2,000 people (~80 terms each) p50 2.7 s, p95 4.6 s a search; loading at 20 people/s
 *   and falling, as each upsert scans. Linear in the pool: minutes a search at 100,000.
 * - B. A postings collection `{_id: term|id, term, candidateId}`, one query per term, intersected in
 *   the process: at 2,000 people (166,591 postings) one keyword p50 10.9 s, two 25.5 s; replacing a
 *   person's postings 5.7 s.
 * - C. The memory engine: at 100,000 people (~100 terms each) 500 mixed searches p50 7.5 ms, p95
 *   32 ms; 350 inserts/s; an update 31 ms; 14.5 s to load after a restart; ~180 MB (README).
 *   A person's record is one JSON string, not arrays, because FerretDB decodes each array element
 *   on its own: 100,000 records load in 8 s as strings against 102 s as 100-term arrays.
 * So on FerretDB the index lives in the process (memory engine), persisted as one compact record per
 * person. On MongoDB the query engine holds nothing in the process and lets the server's indexes
 * work, so replicas need no coordination. Both give the same answers (tested side by side).
 */
import type { Connection } from 'mongoose';
import type { CandidateSearchIndex } from '../app/ports';
import { memoryEngine } from './candidate-search-memory.engine';
import { queryEngine } from './candidate-search-query.engine';

export type SearchEngineName = 'memory' | 'query';

export interface CandidateSearchOptions {
  /** `auto` (default): memory on FerretDB, query on MongoDB. */
  engine?: 'auto' | SearchEngineName;
}

/** The engine `auto` picks for this server. */
export async function searchEngineFor(connection: Connection): Promise<SearchEngineName> {
  await connection.asPromise();
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string' ? 'memory' : 'query';
}

export function mongoCandidateSearchIndex(connection: Connection, options: CandidateSearchOptions = {}): CandidateSearchIndex {
  let engine: Promise<CandidateSearchIndex> | undefined;
  const chosen = () =>
    (engine ??= (async () => {
      const name = !options.engine || options.engine === 'auto' ? await searchEngineFor(connection) : options.engine;
      if (name === 'query') return queryEngine(connection);
      const memory = memoryEngine(connection);
      // Loading 100,000 people takes seconds: start now, so the first search does not wait for it.
      memory.warmUp().catch(() => undefined);
      return memory;
    })().catch((error: unknown) => {
      engine = undefined;
      throw error;
    }));
  chosen().catch(() => undefined);

  return {
    upsert: async (doc) => (await chosen()).upsert(doc),
    remove: async (candidateId) => (await chosen()).remove(candidateId),
    search: async (query) => (await chosen()).search(query),
  };
}
