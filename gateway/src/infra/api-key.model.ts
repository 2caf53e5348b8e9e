import { Connection, Model, Schema, Types } from 'mongoose';

/** A third party's key. Only the sha256 of its secret is kept; the key itself is shown once. */
export interface ApiKeyDocument {
  _id: Types.ObjectId;
  name: string;
  source: string;
  scopes: string[];
  secretHash: string;
  createdBy: string;
  expiresAt?: Date | null;
  lastUsedAt?: Date | null;
  revokedAt?: Date | null;
  revokedBy?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const apiKeySchema = new Schema<ApiKeyDocument>(
  {
    name: { type: String, required: true, trim: true },
    source: { type: String, required: true },
    scopes: { type: [String], default: [] },
    secretHash: { type: String, required: true },
    createdBy: { type: String, required: true },
    expiresAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: String, default: null },
  },
  { collection: 'api_keys', timestamps: true, versionKey: false },
);
apiKeySchema.index({ source: 1 });
apiKeySchema.index({ createdAt: -1 });

export type ApiKeyModel = Model<ApiKeyDocument>;

export function apiKeyModel(connection: Connection): ApiKeyModel {
  return (connection.models.ApiKey as ApiKeyModel | undefined) ?? connection.model<ApiKeyDocument>('ApiKey', apiKeySchema);
}
