import type { Collection, Db } from 'mongodb';
import type { Logger } from './logger';

/** A field derived from each stored document, for documents written before the field existed. */
export interface Backfill {
  /** Names it in the database's `backfills` collection, which records that it has run. */
  name: string;
  collection: Collection<any>;
  /** A field current code writes on every document; its absence marks the documents to fill. */
  field: string;
  derive(doc: Record<string, any>): Record<string, unknown>;
}

/**
 * Runs a backfill once per database: finding the documents reads the whole collection (`$exists` is
 * never served by an index), so later starts only read the marker. Each write is guarded by the field's
 * absence: a document saved meanwhile by current code already has fresh values and is left alone.
 */
export async function backfillOnce(db: Db, backfill: Backfill, logger: Logger): Promise<number> {
  const markers = db.collection<{ _id: string }>('backfills');
  if (await markers.findOne({ _id: backfill.name })) return 0;
  const missing = { [backfill.field]: { $exists: false } };
  let filled = 0;
  for await (const doc of backfill.collection.find(missing)) {
    const result = await backfill.collection.updateOne({ _id: doc._id, ...missing }, { $set: backfill.derive(doc) });
    filled += result.modifiedCount;
  }
  await markers.updateOne({ _id: backfill.name }, { $set: { at: new Date(), filled } }, { upsert: true });
  logger.info({ backfill: backfill.name, filled }, 'stored documents given a derived field');
  return filled;
}
