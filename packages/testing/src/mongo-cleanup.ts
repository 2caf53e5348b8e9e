import { MongoClient } from 'mongodb';

/** Drops a test database; only names made by uniqueName, so a wrong variable never drops real data. */
export async function dropDatabase(mongoUrl: string, name: string): Promise<void> {
  if (!name.startsWith('t_')) throw new Error(`refusing to drop ${name}: test databases are named by uniqueName() (t_...)`);
  const client = new MongoClient(mongoUrl, { retryWrites: false, serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
