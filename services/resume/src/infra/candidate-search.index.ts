/**
 * Candidate search: keywords (Chinese and English, AND of the query's terms) plus filters, sorted
 * and paginated. Two engines behind one port; `auto` picks by the server.
 *
 * Why: FerretDB v1.24.2 on SQLite uses no index for any query (MEASUREMENTS).
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
