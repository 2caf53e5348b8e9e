import fs from 'node:fs';
import path from 'node:path';
import { BSON, MongoBulkWriteError, MongoClient, type Collection, type Db, type Document } from 'mongodb';
import { startFerretDb } from './embedded-ferretdb';

const SYSTEM_DATABASES = new Set(['admin', 'config', 'local']);
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_DOCS = 1000;

/** The SQLite files a release before the PostgreSQL default kept its data in (DATA_DIR/ferretdb/<db>.sqlite). */
export function legacySqliteFiles(ferretDir: string): string[] {
  if (!fs.existsSync(ferretDir)) return [];
  return fs.readdirSync(ferretDir).filter((f) => f.endsWith('.sqlite')).map((f) => path.join(ferretDir, f));
}

export interface SqliteEraMigration {
  ferretDir: string;
  files: string[];
  targetUrl: string;
  /** A free port for the FerretDB that reads the SQLite files during the copy. */
  tempPort: number;
}

/**
 * Copies every database of a SQLite-era data directory into the running (PostgreSQL) FerretDB, checks
 * every collection's count, then moves the SQLite files aside to DATA_DIR/ferretdb-sqlite-era/ (kept as
 * a backup; delete it by hand once satisfied). Interrupted, it runs again at the next start: documents
 * already copied are skipped by _id, so nothing is duplicated.
 */
export async function migrateSqliteEra(m: SqliteEraMigration): Promise<void> {
  const t0 = Date.now();
  console.log(`infra: migrating ${m.files.length} SQLite-era database file(s) in ${m.ferretDir} to PostgreSQL`);
  const source = await startFerretDb({
    dataDir: path.join(m.ferretDir, 'sqlite-era-reader'),
    port: m.tempPort,
    backend: { handler: 'sqlite', dir: m.ferretDir },
    logPrefix: '[ferretdb sqlite-era reader]',
  });
  const from = new MongoClient(source.url, { retryWrites: false });
  const to = new MongoClient(m.targetUrl, { retryWrites: false });
  let copied = 0;
  try {
    await Promise.all([from.connect(), to.connect()]);
    const { databases } = await from.db('admin').admin().listDatabases({ nameOnly: true });
    for (const { name } of databases) {
      if (!SYSTEM_DATABASES.has(name)) copied += await copyDatabase(from.db(name), to.db(name));
    }
  } finally {
    await Promise.all([from.close(), to.close()]);
    await source.stop();
  }
  const backup = path.join(path.dirname(m.ferretDir), 'ferretdb-sqlite-era');
  fs.mkdirSync(backup, { recursive: true });
  for (const file of fs.readdirSync(m.ferretDir).filter((f) => /\.sqlite(-wal|-shm)?$/.test(f))) {
    fs.renameSync(path.join(m.ferretDir, file), path.join(backup, file));
  }
  fs.rmSync(path.join(m.ferretDir, 'sqlite-era-reader'), { recursive: true, force: true });
  console.log(`infra: migrated ${copied} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s; SQLite files kept in ${backup}`);
}

async function copyDatabase(from: Db, to: Db): Promise<number> {
  let copied = 0;
  for (const info of await from.listCollections({}, { nameOnly: true }).toArray()) {
    if (info.name.startsWith('system.')) continue;
    copied += await copyCollection(from.collection(info.name), to.collection(info.name));
  }
  return copied;
}

async function copyCollection(from: Collection, to: Collection): Promise<number> {
  // Values stay BSON-typed (Int32, Double, Long, Binary) so that they are written back as they were.
  const cursor = from.find({}, { promoteValues: false, promoteLongs: false, promoteBuffers: false, batchSize: BATCH_DOCS });
  let batch: Document[] = [];
  let bytes = 0;
  for await (const doc of cursor) {
    batch.push(doc);
    bytes += BSON.calculateObjectSize(doc);
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_DOCS) {
      await insertSkippingCopied(to, batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) await insertSkippingCopied(to, batch);
  await copyIndexes(from, to);
  const [expected, found] = await Promise.all([from.countDocuments(), to.countDocuments()]);
  if (found < expected) throw new Error(`migration: ${to.dbName}.${to.collectionName} has ${found} documents, expected ${expected}`);
  return expected;
}

async function insertSkippingCopied(to: Collection, docs: Document[]): Promise<void> {
  try {
    await to.insertMany(docs, { ordered: false });
  } catch (error) {
    const duplicatesOnly = error instanceof MongoBulkWriteError && error.writeErrors && [error.writeErrors].flat().every((e) => e.code === 11000);
    if (!duplicatesOnly) throw error;
  }
}

async function copyIndexes(from: Collection, to: Collection): Promise<void> {
  const specs = (await from.listIndexes().toArray()).filter((index) => index.name !== '_id_');
  if (!specs.length) return;
  await to.createIndexes(specs.map(({ key, name, unique }) => ({ key, name, ...(unique ? { unique: true } : {}) })));
}
