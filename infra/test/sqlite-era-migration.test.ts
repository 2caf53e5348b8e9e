import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BSON, MongoClient, type Document } from 'mongodb';
import { startEmbeddedDatabase } from '../src/embedded-database';
import { removePostgres } from '../src/embedded-postgres';
import type { RunningServer } from '../src/embedded-ferretdb';
import { portAnswers } from '../src/probe';

/**
 * A data directory written by the release before the PostgreSQL default (commit d4b6e95, FerretDB 1.24.2
 * on SQLite), filled through that release's HTTP API: departments, users, sessions, an API key, a
 * requisition through approval, uploaded resumes in GridFS, applications, interviews with agenda jobs,
 * an approved and sent offer, notifications. The manifest lists every collection's ids and samples.
 */
const FIXTURES = path.join(__dirname, 'fixtures');
const { EJSON } = BSON;

interface Manifest {
  databases: Record<string, { collections: Record<string, { count: number; ids: string[]; sample: Document[] }> }>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sqlite-era-data.manifest.json'), 'utf8')) as Manifest;
const collections = Object.entries(manifest.databases).flatMap(([db, { collections: colls }]) =>
  Object.entries(colls).map(([name, expected]) => ({ db, name, expected })),
);

async function freePorts(): Promise<{ port: number; pgPort: number }> {
  for (;;) {
    const port = 30000 + Math.floor(Math.random() * 20000);
    const pgPort = port + 2;
    const taken = await Promise.all([port, port + 1, pgPort].map((p) => portAnswers(p)));
    if (!taken.some(Boolean)) return { port, pgPort };
  }
}

const idText = (id: unknown) => (typeof id === 'string' ? id : (id as { toHexString?: () => string }).toHexString?.() ?? String(id));

describe('upgrading a SQLite-era data directory', () => {
  // A 0700 directory: run as root, the cluster (whose server runs as the postgres user) lives elsewhere.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-sqlite-era-'));
  let ports: { port: number; pgPort: number };
  let database: RunningServer;
  let client: MongoClient;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dataDir, 'ferretdb'));
    execFileSync('tar', ['xzf', path.join(FIXTURES, 'sqlite-era-data.tar.gz'), '-C', path.join(dataDir, 'ferretdb')]);
    ports = await freePorts();
    database = await startEmbeddedDatabase({ dataDir, ...ports });
    client = await new MongoClient(database.url, { retryWrites: false }).connect();
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await database?.stop();
    await removePostgres(path.join(dataDir, 'postgres'));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(collections)('finds every record of $db / $name', async ({ db, name, expected }) => {
    const docs = await client.db(db).collection(name).find({}, { promoteValues: false }).toArray();
    expect(docs.map((doc) => idText(doc._id)).sort()).toEqual(expected.ids);
    for (const sample of expected.sample) {
      const stored = docs.find((doc) => idText(doc._id) === idText(EJSON.deserialize({ id: sample._id }).id));
      expect(EJSON.serialize(stored, { relaxed: false })).toEqual(sample);
    }
  });

  it('carries the indexes over: a second user with an existing e-mail is refused', async () => {
    const users = client.db('hr_gateway').collection('users');
    const admin = await users.findOne({ email: 'admin@example.com' });
    expect(admin).not.toBeNull();
    await expect(users.insertOne({ ...admin, _id: undefined as never })).rejects.toMatchObject({ code: 11000 });
  });

  it('moves the SQLite files aside and does not migrate again at the next start', async () => {
    expect(fs.readdirSync(path.join(dataDir, 'ferretdb')).filter((f) => f.endsWith('.sqlite'))).toEqual([]);
    expect(fs.readdirSync(path.join(dataDir, 'ferretdb-sqlite-era')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(6);
    await client.close();
    await database.stop();
    database = await startEmbeddedDatabase({ dataDir, ...ports });
    client = await new MongoClient(database.url, { retryWrites: false }).connect();
    const users = await client.db('hr_gateway').collection('users').countDocuments();
    expect(users).toBe(manifest.databases.hr_gateway.collections.users.count);
  }, 120_000);
});
