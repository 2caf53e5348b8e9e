import { connectMongo } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';

describe('connectMongo on the test run’s server', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('mongo');

  afterAll(() => dropDatabase(mongoUrl, dbName));

  it('loses no update when one document is changed by many concurrent writes', async () => {
    const connection = await connectMongo({ url: mongoUrl, dbName, logger: silentLogger() });
    try {
      const counters = connection.collection<{ _id: string; n: number }>('counters');
      await counters.insertOne({ _id: 'c', n: 0 });
      await Promise.all(Array.from({ length: 25 }, () => counters.updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
      expect((await counters.findOne({ _id: 'c' }))!.n).toBe(25);
      const issued = await Promise.all(
        Array.from({ length: 25 }, () =>
          counters.findOneAndUpdate({ _id: 'seq' }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' }),
        ),
      );
      expect(new Set(issued.map((doc) => doc!.n)).size).toBe(25);
    } finally {
      await connection.close();
    }
  });
});
