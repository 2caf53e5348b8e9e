import type { ResumeTextStore } from '../app/ports';
import type { ResumeModels } from './resume.models';

export function mongoTextStore(models: ResumeModels): ResumeTextStore {
  const collection = models.resumeTexts.collection;
  return {
    async put(fileId, candidateId, text) {
      await collection.updateOne({ _id: fileId } as never, { $set: { candidateId, text } }, { upsert: true });
    },
    async textsOf(candidateId) {
      return (await collection.find({ candidateId } as never).toArray()).map((doc) => String(doc.text));
    },
    async reassign(fromId, toId) {
      await collection.updateMany({ candidateId: fromId } as never, { $set: { candidateId: toId } });
    },
  };
}
