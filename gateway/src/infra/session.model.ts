import { Connection, Model, Schema, Types } from 'mongoose';

/**
 * One login = one session = one refresh-token family. Only sha256 hashes of refresh tokens are
 * kept: the current one, and the rotated ones so that their reuse can be recognised.
 */
export interface SessionDocument {
  _id: string;
  userId: Types.ObjectId;
  tokenHash: string;
  usedHashes: string[];
  expiresAt: Date;
  revokedAt?: Date | null;
  revokedReason?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const sessionSchema = new Schema<SessionDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    tokenHash: { type: String, required: true },
    usedHashes: { type: [String], default: [] },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    revokedReason: { type: String, default: null },
  },
  { collection: 'sessions', timestamps: true, versionKey: false },
);
sessionSchema.index({ tokenHash: 1 }, { unique: true });
sessionSchema.index({ usedHashes: 1 });
sessionSchema.index({ userId: 1 });

export type SessionModel = Model<SessionDocument>;

export function sessionModel(connection: Connection): SessionModel {
  return (connection.models.Session as SessionModel | undefined) ?? connection.model<SessionDocument>('Session', sessionSchema);
}
