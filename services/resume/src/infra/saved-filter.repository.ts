import type { SavedFilter, SavedFilterRepository } from '../app/saved-filters';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

export function mongoSavedFilterRepository(models: ResumeModels): SavedFilterRepository {
  const collection = models.savedFilters.collection;
  return {
    async create(filter: SavedFilter) {
      const { id, ...rest } = filter;
      await collection.insertOne({ _id: id, ...rest } as never);
    },
    async visibleTo(userId) {
      const docs = await collection.find({ $or: [{ ownerId: userId }, { shared: true }] }).sort({ name: 1 }).toArray();
      return docs.map((doc) => fromDocument<SavedFilter>(doc));
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
