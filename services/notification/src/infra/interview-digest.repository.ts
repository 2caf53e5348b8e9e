import type { InterviewDigest, InterviewDigestRepository } from '../app/ports';
import { fromDocument, toDocument } from './documents';
import type { NotificationModels } from './notification.models';

type Stored = InterviewDigest & { id: string };

export function mongoInterviewDigestRepository(models: NotificationModels): InterviewDigestRepository {
  const collection = models.interviewDigests.collection;
  return {
    async remember(digest) {
      const { _id, ...fields } = toDocument({ id: digest.interviewId, ...digest });
      try {
        // Only a snapshot at least as new as the stored one matches; for an older one the upsert's
        // insert collides with the stored _id, which is the answer "keep what is there".
        await collection.updateOne({ _id, sequence: { $lte: digest.sequence } } as never, { $set: fields }, { upsert: true });
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        // A late invitation still says who created the interview, which a newer snapshot does not.
        if (digest.createdBy) await collection.updateOne({ _id } as never, { $set: { createdBy: digest.createdBy } });
      }
    },
    async get(interviewId) {
      const doc = await collection.findOne({ _id: interviewId } as never);
      if (!doc) return undefined;
      const { id: _id, ...digest } = fromDocument<Stored>(doc);
      return digest;
    },
  };
}
