import { Connection, Schema } from 'mongoose';
import type { LetterRepository, StoredLetter } from '../app/ports';

/** Every letter as sent, PDF included: what the candidate received stays provable. */
const letterSchema = new Schema(
  { _id: { type: String, required: true }, offerId: { type: String, required: true }, createdAt: Date },
  { collection: 'offer_letters', strict: false, versionKey: false, _id: false },
);
letterSchema.index({ offerId: 1, createdAt: 1 });

export function letterModel(connection: Connection) {
  return connection.models.OfferLetter ?? connection.model('OfferLetter', letterSchema);
}

function toLetter(doc: Record<string, any>): StoredLetter {
  const { _id, pdf, ...rest } = doc;
  // The driver reads binary data back as a BSON Binary.
  const bytes = Buffer.isBuffer(pdf) ? pdf : Buffer.from(pdf?.buffer ?? pdf ?? []);
  return { ...(rest as Omit<StoredLetter, 'id' | 'pdf'>), id: String(_id), pdf: bytes };
}

export function mongoLetterRepository(connection: Connection): LetterRepository {
  const model = letterModel(connection);
  return {
    async save(letter) {
      const { id, ...rest } = letter;
      await model.collection.insertOne({ _id: id, ...rest } as never);
    },
    async listForOffer(offerId) {
      const docs = await model.collection.find({ offerId } as never).sort({ createdAt: 1, _id: 1 }).toArray();
      return docs.map(toLetter);
    },
  };
}
