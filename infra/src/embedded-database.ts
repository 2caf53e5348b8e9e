import fs from 'node:fs';
import path from 'node:path';
import { startFerretDb, stopLeftoverFerretDb, type RunningServer } from './embedded-ferretdb';
import { ensureDatabase, removePostgres, startPostgres } from './embedded-postgres';
import { legacySqliteFiles, migrateSqliteEra } from './sqlite-era-migration';

export interface EmbeddedDatabaseOptions {
  /** Holds `postgres/` (the cluster) and `ferretdb/` (FerretDB's state and log). */
  dataDir: string;
  /** The MongoDB wire port FerretDB listens on. */
  port: number;
  /** The port of the embedded PostgreSQL. */
  pgPort: number;
  /** Wipe everything first, and keep no data across a crash (tests, benchmarks). */
  fresh?: boolean;
}

/** The database FerretDB keeps all of its MongoDB databases in (one schema each). */
const PG_DATABASE = 'ferretdb';

/**
 * The embedded MongoDB-wire database: FerretDB (patched, see infra/ferretdb/) on an own PostgreSQL
 * cluster. A data directory of a release that stored FerretDB's data in SQLite is migrated on start.
 */
export async function startEmbeddedDatabase(opts: EmbeddedDatabaseOptions): Promise<RunningServer> {
  const ferretDir = path.join(path.resolve(opts.dataDir), 'ferretdb');
  const pgDir = path.join(path.resolve(opts.dataDir), 'postgres');
  if (opts.fresh) {
    await stopLeftoverFerretDb(ferretDir);
    await removePostgres(pgDir);
    fs.rmSync(ferretDir, { recursive: true, force: true });
  }
  await stopLeftoverFerretDb(ferretDir, 'postgresql');
  const legacy = legacySqliteFiles(ferretDir);

  const pg = await startPostgres({ dataDir: pgDir, port: opts.pgPort, disposable: opts.fresh });
  try {
    ensureDatabase(opts.pgPort, PG_DATABASE);
    const url = `postgres://postgres@127.0.0.1:${opts.pgPort}/${PG_DATABASE}`;
    const ferret = await startFerretDb({ dataDir: ferretDir, port: opts.port, backend: { handler: 'postgresql', url } });
    if (legacy.length) await migrateSqliteEra({ ferretDir, files: legacy, targetUrl: ferret.url, tempPort: opts.port + 1 });
    return {
      url: ferret.url,
      startedHere: ferret.startedHere || pg.startedHere,
      stop: async () => {
        await ferret.stop();
        await pg.stop();
      },
    };
  } catch (error) {
    await pg.stop();
    throw error;
  }
}
