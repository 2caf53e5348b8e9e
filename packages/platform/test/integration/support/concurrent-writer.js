// A separate OS process that hits one document with concurrent writes (see atomic-writes.test.ts).
// argv: mongoUrl dbName writerName writers
const { MongoClient } = require('mongodb');

async function versionCheckedAppend(docs, writer) {
  // Read the version, decide, write only if the version is still the one read; retry on a lost race.
  for (;;) {
    const current = await docs.findOne({ _id: 'shared' });
    const result = await docs.updateOne(
      { _id: 'shared', version: current.version },
      { $set: { version: current.version + 1 }, $push: { log: writer } },
    );
    if (result.modifiedCount === 1) return;
  }
}

async function main() {
  const [mongoUrl, dbName, name, writers] = process.argv.slice(2);
  const client = new MongoClient(mongoUrl, { maxPoolSize: Number(writers), retryWrites: false });
  await client.connect();
  const docs = client.db(dbName).collection('shared');
  const indexes = Array.from({ length: Number(writers) }, (_, i) => i);
  await Promise.all(indexes.map(() => docs.updateOne({ _id: 'shared' }, { $inc: { counter: 1 } })));
  await Promise.all(indexes.map((i) => versionCheckedAppend(docs, `${name}-${i}`)));
  await client.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
