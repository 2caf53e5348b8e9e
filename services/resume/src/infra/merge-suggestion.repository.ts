import { pageWindow } from '@hr/platform';
import type { MergeSuggestionRepository } from '../app/ports';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

export function mongoSuggestionRepository(models: ResumeModels): MergeSuggestionRepository {
  const collection = models.suggestions.collection;
  return {
    async create(suggestion) {
      const { id, ...rest } = suggestion;
      await collection.insertOne({ _id: id, ...rest } as never);
    },
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never);
      return doc ? fromDocument(doc) : undefined;
    },
    async list(status, page) {
      const query = status ? { status } : {};
      const { skip, limit } = pageWindow(page);
      const docs = await collection.find(query).sort({ createdAt: -1 }).skip(skip).limit(limit).toArray();
      return { items: docs.map((doc) => fromDocument(doc)), total: await collection.countDocuments(query) };
    },
    async resolve(id, status, by, at) {
      const result = await collection.updateOne({ _id: id, status: 'open' } as never, { $set: { status, resolvedBy: by, resolvedAt: at } });
      return result.modifiedCount === 1;
    },
  };
}
