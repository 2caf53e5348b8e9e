import { MongoClient, type Collection, type Document } from 'mongodb';
import { dropDatabase, testEnv, uniqueName } from '@hr/testing';

/**
 * What the services rely on from the database, on whichever engine the run uses (the embedded FerretDB
 * with infra/ferretdb's patch, or MongoDB): results of the query shapes that indexes serve, sorted pages
 * with missing values where MongoDB puts them, and plans that use the indexes.
 */
describe('indexed queries', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('indexed');
  const client = new MongoClient(mongoUrl, { retryWrites: false });
  let people: Collection<Document>;
  const COUNT = 3000;

  beforeAll(async () => {
    await client.connect();
    people = client.db(dbName).collection('people');
    await people.createIndex({ email: 1 }, { unique: true });
    await people.createIndex({ status: 1, createdAt: -1 });
    await people.createIndex({ createdAt: -1 });
    await people.createIndex({ tags: 1 });
    const docs = Array.from({ length: COUNT }, (_, i) => ({
      _id: `p${String(i).padStart(5, '0')}`,
      email: `p${i}@example.cn`,
      status: ['new', 'screening', 'hired'][i % 3],
      tags: [`t${i % 300}`, 'all'],
      // Every tenth person has no date: MongoDB sorts a missing value before any date.
      ...(i % 10 === 0 ? {} : { createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000) }),
      name: i % 2 ? '张伟' : 'Wang Fang',
    }));
    await people.insertMany(docs as never);
  });

  afterAll(async () => {
    await client.close();
    await dropDatabase(mongoUrl, dbName);
  });

  it('finds by _id, by a unique key, by an array element and by $in', async () => {
    expect((await people.findOne({ _id: 'p00042' as never }))?.email).toBe('p42@example.cn');
    expect((await people.findOne({ email: 'p43@example.cn' }))?._id).toBe('p00043');
    expect(await people.countDocuments({ tags: 't3' })).toBe(COUNT / 300);
    const some = await people.find({ _id: { $in: ['p00001', 'p00002', 'nobody'] } } as never).toArray();
    expect(some.map((d) => d._id).sort()).toEqual(['p00001', 'p00002']);
  });

  it('serves a sorted first page as MongoDB orders it, missing values first ascending and last descending', async () => {
    const newest = await people.find({ status: 'screening' }).sort({ createdAt: -1 }).limit(5).toArray();
    expect(newest.map((d) => d._id)).toEqual(['p02998', 'p02995', 'p02992', 'p02989', 'p02986']);
    const oldestFirst = await people.find({}).sort({ createdAt: 1, _id: 1 }).limit(3).toArray();
    expect(oldestFirst.map((d) => d._id)).toEqual(['p00000', 'p00010', 'p00020']);
    const lastOfAll = await people.find({}).sort({ createdAt: -1 }).skip(COUNT - 2).limit(5).toArray();
    expect(lastOfAll.every((d) => d.createdAt === undefined)).toBe(true);
    const secondPage = await people.find({ status: 'new' }).sort({ createdAt: -1 }).skip(20).limit(20).toArray();
    const all = await people.find({ status: 'new' }).toArray();
    const expected = all.filter((d) => d.createdAt).sort((a, b) => b.createdAt - a.createdAt).slice(20, 40);
    expect(secondPage.map((d) => d._id)).toEqual(expected.map((d) => d._id));
  });

  it('counts what a filter selects, also when nothing matches', async () => {
    expect(await people.countDocuments({})).toBe(COUNT);
    expect(await people.estimatedDocumentCount()).toBe(COUNT);
    expect(await people.countDocuments({ status: 'hired' })).toBe(COUNT / 3);
    expect(await people.countDocuments({ status: { $in: ['hired', 'new'] } })).toBe((2 * COUNT) / 3);
    expect(await people.countDocuments({ status: 'hired', tags: 't2' })).toBe(COUNT / 300);
    expect(await people.countDocuments({ status: 'nobody' })).toBe(0);
    expect(await people.countDocuments({ status: 'hired' }, { skip: 990, limit: 50 })).toBe(10);
  });

  it('answers 11000 when an update would duplicate a unique key', async () => {
    await expect(people.updateOne({ _id: 'p00005' as never }, { $set: { email: 'p6@example.cn' } })).rejects.toMatchObject({ code: 11000 });
    expect((await people.findOne({ _id: 'p00005' as never }))?.email).toBe('p5@example.cn');
  });

  it('lets concurrent upserts of one id end as one document with every change applied', async () => {
    await Promise.all(Array.from({ length: 20 }, () => people.updateOne({ _id: 'counter' as never }, { $inc: { n: 1 } }, { upsert: true })));
    expect(await people.countDocuments({ _id: 'counter' as never })).toBe(1);
    expect((await people.findOne({ _id: 'counter' as never }))?.n).toBe(20);
  });

  it('plans equality lookups and sorted pages on the indexes', async () => {
    const plans = await Promise.all([
      people.find({ _id: 'p00042' as never }).explain(),
      people.find({ email: 'p43@example.cn' }).explain(),
      people.find({ tags: 't3' }).explain(),
      people.find({}).sort({ createdAt: -1 }).limit(20).explain(),
    ]);
    for (const plan of plans) {
      const text = JSON.stringify(plan.queryPlanner);
      // PostgreSQL under the embedded FerretDB, or MongoDB.
      expect(text).toMatch(/Index Scan|Index Only Scan|IXSCAN|IDHACK|EXPRESS_IXSCAN/);
      expect(text).not.toMatch(/Seq Scan|COLLSCAN/);
    }
  });
});
