/**
 * The database on its own: candidate-shaped documents (~1.4 KB) with mongoose-style indexes, at each
 * size the five operations a service makes, from several connections at once. Prints figures; asserts nothing.
 *
 *   npm run bench -- db [--sizes 10000,100000,1000000] [--ops 2000] [--concurrency 8] [--seed 7]
 *
 * Loads each size with insertMany (1,000 a batch), then times, per operation, `--ops` calls spread over
 * `--concurrency` connections: insertOne; findOne by _id; read + update by _id with a version check;
 * findOne by a unique secondary key (e-mail); a sorted first page (20, by createdAt) of one status.
 */
import os from 'node:os';
import { MongoClient, type Collection, type Document } from 'mongodb';
import { elapsedMs, latencyTable, type LatencyRow } from './support/latency-table';
import { syntheticCandidate } from './support/synthetic-candidates';

const DB_NAME = 'bench_db';

function options(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  return {
    sizes: value('sizes', '10000,100000,1000000').split(',').map(Number),
    ops: Number(value('ops', '2000')),
    concurrency: Number(value('concurrency', '8')),
    seed: Number(value('seed', '7')),
  };
}

function person(seed: number, i: number): Document {
  const c = syntheticCandidate(seed, i);
  return {
    _id: c.candidateId,
    name: c.name,
    email: `p${i}@example.cn`,
    phone: `+86138${String(i).padStart(8, '0')}`,
    status: c.status,
    city: c.city,
    skills: c.text.skills,
    employers: c.text.employers,
    schools: c.text.schools,
    tags: c.tags,
    resumeText: c.text.resumeText,
    createdAt: c.createdAt,
    version: 1,
    outbox: [],
  };
}

async function load(people: Collection, seed: number, from: number, to: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let at = from; at < to; at += 1000) {
    const batch = Array.from({ length: Math.min(1000, to - at) }, (_, k) => person(seed, at + k));
    await people.insertMany(batch, { ordered: false });
  }
  return ((to - from) / elapsedMs(start)) * 1000;
}

/** Runs `ops` calls of `task` from `concurrency` workers; returns each call's latency and the rate. */
async function measure(ops: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<{ millis: number[]; perSecond: number }> {
  const millis: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ops) {
        const i = next++;
        const t = process.hrtime.bigint();
        await task(i);
        millis.push(elapsedMs(t));
      }
    }),
  );
  return { millis, perSecond: (ops / elapsedMs(start)) * 1000 };
}

async function benchSize(people: Collection, size: number, opts: ReturnType<typeof options>, loaded: number): Promise<void> {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const loadRate = await load(people, opts.seed, loaded, size);
  const random = (i: number) => (i * 7919 + 13) % size;
  const id = (i: number) => `cand-${String(random(i)).padStart(7, '0')}`;
  const statuses = ['active', 'passive', 'hired', 'blacklisted'];
  const ops: [string, (i: number) => Promise<unknown>][] = [
    ['insert (insertOne)', (i) => people.insertOne({ ...person(opts.seed + 1, i), _id: `new-${size}-${i}`, email: `new-${size}-${i}@example.cn` } as never)],
    ['get by id', (i) => people.findOne({ _id: id(i) } as never)],
    [
      'update by id, version-checked',
      async (i) => {
        const doc = await people.findOne({ _id: id(i) } as never, { projection: { version: 1 } });
        await people.updateOne({ _id: id(i), version: doc!.version } as never, { $set: { city: '杭州' }, $inc: { version: 1 } });
      },
    ],
    ['equality by secondary key (email)', (i) => people.findOne({ email: `p${random(i)}@example.cn` })],
    ['sorted first page (status, createdAt desc, 20)', (i) => people.find({ status: statuses[i % 4] }).sort({ createdAt: -1 }).limit(20).toArray()],
    ['sorted first page (all, createdAt desc, 20)', () => people.find({}).sort({ createdAt: -1 }).limit(20).toArray()],
  ];
  const rows: LatencyRow[] = [];
  const rates: string[] = [];
  for (const [label, task] of ops) {
    const { millis, perSecond } = await measure(opts.ops, opts.concurrency, task);
    rows.push({ label, millis });
    rates.push(`${label}: ${fmt(perSecond)}/s`);
  }
  console.log(`\n${fmt(size)} documents · bulk load ${fmt(loadRate)} docs/s · ${opts.concurrency} concurrent callers`);
  console.log(latencyTable(rows));
  console.log(rates.map((r) => `  ${r}`).join('\n'));
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const url = process.env.MONGO_URL;
  if (!url) throw new Error('MONGO_URL is not set: run this through `npm run bench -- db`');
  const client = await new MongoClient(url, { maxPoolSize: opts.concurrency, retryWrites: false }).connect();
  try {
    const db = client.db(DB_NAME);
    await db.dropDatabase();
    const info = await db.admin().command({ buildInfo: 1 });
    const server = info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion} (patched) on PostgreSQL` : `MongoDB ${info.version}`;
    console.log(`db: ${server} · ${os.cpus().length} cores · Node ${process.version}`);
    const people = db.collection('people');
    await people.createIndex({ email: 1 }, { unique: true });
    await people.createIndex({ status: 1, createdAt: -1 });
    await people.createIndex({ createdAt: -1 });
    let loaded = 0;
    for (const size of [...opts.sizes].sort((a, b) => a - b)) {
      // Grows the same collection from one size to the next (plus each round's inserts).
      await benchSize(people, size, opts, loaded);
      loaded = size;
    }
  } finally {
    await client.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
