import { pageWindow } from '@hr/platform';
import type { TimelineEntry, TimelineRepository } from '../app/timeline';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

/**
 * Facts of one instant (the events of one write share `occurredAt`) are ordered by their event ids,
 * which are time-ordered (see timeOrderedId): newest first on every read, on MongoDB and FerretDB.
 */
const NEWEST_FIRST = { at: -1, _id: -1 } as const;

export function mongoTimelineRepository(models: ResumeModels): TimelineRepository {
  const collection = models.timeline.collection;
  return {
    async append(entry: TimelineEntry) {
      const { id, ...rest } = entry;
      // An insert, not an upsert: FerretDB answers an upsert by a read, a transaction and a retry loop.
      // The entry's id is its event's, so a repeated delivery is a duplicate key and changes nothing.
      await collection.insertOne({ _id: id, ...rest } as never).catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error;
      });
    },
    async list(candidateId, page) {
      const { skip, limit } = pageWindow(page);
      const docs = await collection.find({ candidateId } as never).sort(NEWEST_FIRST).skip(skip).limit(limit).toArray();
      return { items: docs.map((doc) => fromDocument<TimelineEntry>(doc)), total: await collection.countDocuments({ candidateId } as never) };
    },
    async reassign(fromId, toId) {
      await collection.updateMany({ candidateId: fromId } as never, { $set: { candidateId: toId } });
    },
  };
}
