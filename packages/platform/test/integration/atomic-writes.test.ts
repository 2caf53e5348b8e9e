import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { dropDatabase, testEnv, uniqueName } from '@hr/testing';

const run = promisify(execFile);
const WRITER = path.join(__dirname, 'support', 'concurrent-writer.js');
const PROCESSES = 3;
const WRITERS_PER_PROCESS = 10;

/** The database, not the number of connections, makes one document's concurrent writes atomic. */
describe('concurrent writes of one document from several processes', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('atomic');
  const client = new MongoClient(mongoUrl, { retryWrites: false });

  beforeAll(async () => {
    await client.connect();
    await client.db(dbName).collection('shared').insertOne({ _id: 'shared' as never, counter: 0, version: 0, log: [] });
    const processes = Array.from({ length: PROCESSES }, (_, i) =>
      run(process.execPath, [WRITER, mongoUrl, dbName, `p${i}`, String(WRITERS_PER_PROCESS)], { timeout: 120_000 }),
    );
    await Promise.all(processes);
  });

  afterAll(async () => {
    await client.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const total = PROCESSES * WRITERS_PER_PROCESS;

  it('applies every $inc', async () => {
    const doc = await client.db(dbName).collection('shared').findOne({ _id: 'shared' as never });
    expect(doc!.counter).toBe(total);
  });

  it('lets exactly one writer win each version, so no write made from a stale read is kept', async () => {
    const doc = await client.db(dbName).collection('shared').findOne({ _id: 'shared' as never });
    expect(doc!.version).toBe(total);
    expect(doc!.log).toHaveLength(total);
    expect(new Set(doc!.log).size).toBe(total);
  });
});
