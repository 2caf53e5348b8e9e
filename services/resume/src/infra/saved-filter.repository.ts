import type { SavedFilter, SavedFilterRepository } from '../app/saved-filters';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

/** By name as the database sorts strings: byte-wise in UTF-8. */
const byName = (a: SavedFilter, b: SavedFilter) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));

export function mongoSavedFilterRepository(models: ResumeModels): SavedFilterRepository {
  const collection = models.savedFilters.collection;
  return {
    async create(filter: SavedFilter) {
      const { id, ...rest } = filter;
      await collection.insertOne({ _id: id, ...rest } as never);
    },
    async visibleTo(userId) {
      // Two indexed lookups merged here: an `$or` of them is never pushed down and would read every saved filter.
      const unique = new Map<string, SavedFilter>();
      for (const query of [{ ownerId: userId }, { shared: true }]) {
        for (const doc of await collection.find(query).toArray()) unique.set(String(doc._id), fromDocument<SavedFilter>(doc));
      }
      return [...unique.values()].sort(byName);
    },
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never);
      return doc ? fromDocument<SavedFilter>(doc) : undefined;
    },
    async delete(id) {
      await collection.deleteOne({ _id: id } as never);
    },
  };
}
