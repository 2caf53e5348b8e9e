import fs from 'node:fs';
import path from 'node:path';

type SearchIndexModule = typeof import('../../services/resume/src/infra/candidate-search.index');

/**
 * run-bench compiles only bench/ (into bench/dist), so service code is loaded from the service's own
 * build, which run-bench refreshes first; the types still come from the sources.
 */
export function loadSearchIndexModule(): SearchIndexModule {
  return loadResumeModule<SearchIndexModule>('infra/candidate-search.index.js');
}

type MemoryEngineModule = typeof import('../../services/resume/src/infra/candidate-search-memory.engine');
type SearchModelModule = typeof import('../../services/resume/src/infra/candidate-search.model');

/** What a bulk load writes straight into the memory engine's shards. */
export function loadMemoryStoreModules(): MemoryEngineModule & SearchModelModule {
  return { ...loadResumeModule<MemoryEngineModule>('infra/candidate-search-memory.engine.js'), ...loadResumeModule<SearchModelModule>('infra/candidate-search.model.js') };
}

function loadResumeModule<T>(relative: string): T {
  const root = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, '../../../services')) ? '../../..' : '../..');
  const file = path.join(root, 'services/resume/dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run bench\`, which builds the services first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}
