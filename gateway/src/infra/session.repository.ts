import { SessionDocument, SessionModel } from './session.model';
import { toObjectId } from './repository-helpers';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt?: Date;
}

function toRecord(doc: SessionDocument): SessionRecord {
  return { id: doc._id, userId: doc.userId.toHexString(), expiresAt: doc.expiresAt, revokedAt: doc.revokedAt ?? undefined };
}

export class SessionRepository {
  constructor(private readonly model: SessionModel) {}

  async create(input: { id: string; userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.model.create({ _id: input.id, userId: toObjectId(input.userId), tokenHash: input.tokenHash, expiresAt: input.expiresAt });
  }

  async findById(id: string): Promise<SessionRecord | undefined> {
    const doc = await this.model.findById(id).lean<SessionDocument>();
    return doc ? toRecord(doc) : undefined;
  }

  async findByCurrentHash(tokenHash: string): Promise<SessionRecord | undefined> {
    const doc = await this.model.findOne({ tokenHash }).lean<SessionDocument>();
    return doc ? toRecord(doc) : undefined;
  }

  async findByRotatedHash(tokenHash: string): Promise<SessionRecord | undefined> {
    const doc = await this.model.findOne({ usedHashes: tokenHash }).lean<SessionDocument>();
    return doc ? toRecord(doc) : undefined;
  }

  /** Swaps the current hash only if it is still the presented one: of two racing refreshes, one wins. */
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, tokenHash: fromHash, revokedAt: null },
      { $set: { tokenHash: toHash, expiresAt }, $push: { usedHashes: fromHash } },
    );
    return result.modifiedCount === 1;
  }

  async revoke(id: string, reason: string, at = new Date()): Promise<void> {
    await this.model.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: at, revokedReason: reason } });
  }

  async revokeAllForUser(userId: string, reason: string, at = new Date(), exceptSessionId?: string): Promise<void> {
    const filter: Record<string, unknown> = { userId: toObjectId(userId), revokedAt: null };
    if (exceptSessionId) filter._id = { $ne: exceptSessionId };
    await this.model.updateMany(filter, { $set: { revokedAt: at, revokedReason: reason } });
  }
}
