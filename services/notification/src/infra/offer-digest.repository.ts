import type { OfferDigest, OfferDigestRepository } from '../app/ports';
import { fromDocument, toDocument } from './documents';
import type { NotificationModels } from './notification.models';

type Stored = OfferDigest & { id: string };

export function mongoOfferDigestRepository(models: NotificationModels): OfferDigestRepository {
  const collection = models.offerDigests.collection;
  return {
    async remember(digest) {
      // $set of the fields given only: a send's facts never erase the creator, nor the reverse.
      const { _id, ...fields } = toDocument({ id: digest.offerId, ...digest });
      await collection.updateOne({ _id } as never, { $set: fields }, { upsert: true });
    },
    async get(offerId) {
      const doc = await collection.findOne({ _id: offerId } as never);
      if (!doc) return undefined;
      const { id: _id, ...digest } = fromDocument<Stored>(doc);
      return digest;
    },
  };
}
