import type { ApiScope } from '../auth/api-key-format';
import { ApiKeyDocument, ApiKeyModel } from './api-key.model';
import { PageRequest, PageResult, skipFor, toObjectId } from './repository-helpers';

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export interface ApiKeyRecord {
  id: string;
  name: string;
  source: string;
  scopes: ApiScope[];
  createdBy: string;
  expiresAt?: Date;
  lastUsedAt?: Date;
  revokedAt?: Date;
  revokedBy?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewApiKey {
  id: string;
  name: string;
  source: string;
  scopes: ApiScope[];
  secretHash: string;
  createdBy: string;
  expiresAt?: Date;
}

export interface ApiKeyFilter {
  status?: ApiKeyStatus;
  source?: string;
}

function toRecord(doc: ApiKeyDocument): ApiKeyRecord {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    source: doc.source,
    scopes: doc.scopes as ApiScope[],
    createdBy: doc.createdBy,
    expiresAt: doc.expiresAt ?? undefined,
    lastUsedAt: doc.lastUsedAt ?? undefined,
    revokedAt: doc.revokedAt ?? undefined,
    revokedBy: doc.revokedBy ?? undefined,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function statusQuery(status: ApiKeyStatus, now: Date): Record<string, unknown> {
  if (status === 'revoked') return { revokedAt: { $ne: null } };
  if (status === 'expired') return { revokedAt: null, expiresAt: { $ne: null, $lte: now } };
  return { revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] };
}

export class ApiKeyRepository {
  constructor(private readonly model: ApiKeyModel) {}

  async create(input: NewApiKey): Promise<ApiKeyRecord> {
    const { id, ...rest } = input;
    const doc = await this.model.create({ _id: toObjectId(id), ...rest, expiresAt: input.expiresAt ?? null });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<ApiKeyRecord | undefined> {
    const _id = toObjectId(id);
    const doc = _id && (await this.model.findById(_id).lean<ApiKeyDocument>());
    return doc ? toRecord(doc) : undefined;
  }

  /** The record with its stored secret hash, for authentication only. */
  async findForAuthentication(id: string): Promise<{ key: ApiKeyRecord; secretHash: string } | undefined> {
    const _id = toObjectId(id);
    const doc = _id && (await this.model.findById(_id).lean<ApiKeyDocument>());
    return doc ? { key: toRecord(doc), secretHash: doc.secretHash } : undefined;
  }

  async list(filter: ApiKeyFilter, page: PageRequest, now = new Date()): Promise<PageResult<ApiKeyRecord>> {
    const query: Record<string, unknown> = filter.status ? statusQuery(filter.status, now) : {};
    if (filter.source) query.source = filter.source;
    const [docs, total] = await Promise.all([
      this.model.find(query).sort({ createdAt: -1, _id: -1 }).skip(skipFor(page)).limit(page.pageSize).lean<ApiKeyDocument[]>(),
      this.model.countDocuments(query),
    ]);
    return { items: docs.map(toRecord), total };
  }

  /** Revokes once: a second revocation keeps the first time and revoker. */
  async revoke(id: string, by: string, at: Date): Promise<ApiKeyRecord | undefined> {
    const _id = toObjectId(id);
    if (!_id) return undefined;
    await this.model.updateOne({ _id, revokedAt: null }, { $set: { revokedAt: at, revokedBy: by } });
    return this.findById(id);
  }

  /** Records use at most once per `resolutionMs`, so a busy key does not cost a write per request. */
  async touch(id: string, at: Date, resolutionMs = 60_000): Promise<void> {
    const before = new Date(at.getTime() - resolutionMs);
    await this.model.updateOne(
      { _id: toObjectId(id), $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: before } }] },
      { $set: { lastUsedAt: at } },
    );
  }
}
