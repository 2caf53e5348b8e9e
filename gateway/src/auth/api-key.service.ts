import { DomainError, Logger, Principal, ReasonCode } from '@hr/platform';
import { assertNameText } from '@hr/workflow';
import type { ApiKeyFilter, ApiKeyRecord, ApiKeyRepository } from '../infra/api-key.repository';
import type { PageRequest, PageResult } from '../infra/repository-helpers';
import { ApiScope, apiKeyPrefix, newApiKey, parseApiKey, secretMatches } from './api-key-format';
import type { ApiKeyContext } from './auth.types';
import { TtlCache } from './ttl-cache';

type StoredKey = NonNullable<Awaited<ReturnType<ApiKeyRepository['findForAuthentication']>>>;

/** lastUsedAt is kept to the minute: a key used again within it is not written again. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiKeyInput {
  name: string;
  source: string;
  scopes: ApiScope[];
  expiresAt?: Date;
}

export type ApiKeyView = ApiKeyRecord & { prefix: string; status: 'active' | 'revoked' | 'expired' };

const unauthenticated = (reason: ReasonCode, message: string) => new DomainError('unauthenticated', reason, message);
const invalidKey = () => unauthenticated('INVALID_API_KEY', 'the API key is not valid');

/** The principal a key acts as towards the services: no roles, only its scopes. */
export function apiKeyPrincipal(key: ApiKeyRecord): Principal {
  return { userId: `apikey:${key.id}`, roles: [], name: key.name, scopes: [...key.scopes] };
}

export class ApiKeyService {
  /** Keys by id as stored (hash included), for AUTH_CACHE_MS. */
  private readonly cache: TtlCache<StoredKey>;

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    cacheMs = 0,
  ) {
    this.cache = new TtlCache(cacheMs);
  }

  /** Creates a key and returns it in plain text: the only time anybody sees it. */
  async create(input: CreateApiKeyInput, createdBy: string): Promise<ApiKeyView & { key: string }> {
    assertNameText('name', input.name);
    if (input.expiresAt && input.expiresAt <= this.now()) {
      throw DomainError.invalid('expiresAt', 'future');
    }
    const issued = newApiKey();
    const scopes = [...new Set(input.scopes)];
    const record = await this.keys.create({ ...input, scopes, id: issued.keyId, secretHash: issued.secretHash, createdBy });
    this.logger.info({ apiKeyId: record.id, source: record.source, scopes, createdBy }, 'api key created');
    return { ...this.view(record), key: issued.plaintext };
  }

  async get(id: string): Promise<ApiKeyView> {
    const key = await this.keys.findById(id);
    if (!key) throw DomainError.notFound('API_KEY_NOT_FOUND', id);
    return this.view(key);
  }

  async list(filter: ApiKeyFilter, page: PageRequest): Promise<PageResult<ApiKeyView>> {
    const result = await this.keys.list(filter, page, this.now());
    return { items: result.items.map((key) => this.view(key)), total: result.total };
  }

  async revoke(id: string, by: string): Promise<ApiKeyView> {
    const key = await this.keys.revoke(id, by, this.now());
    this.cache.forget(id);
    if (!key) throw DomainError.notFound('API_KEY_NOT_FOUND', id);
    this.logger.info({ apiKeyId: id, revokedBy: by }, 'api key revoked');
    return this.view(key);
  }

  /** Resolves a presented key to its caller; unknown, revoked and expired keys are 401. */
  async authenticate(presented: string): Promise<ApiKeyContext> {
    const parsed = parseApiKey(presented);
    if (!parsed) throw invalidKey();
    const found = this.cache.get(parsed.keyId) ?? (await this.keys.findForAuthentication(parsed.keyId));
    if (!found || !secretMatches(parsed.secret, found.secretHash)) throw invalidKey();
    const { key } = found;
    const now = this.now();
    if (key.revokedAt) throw unauthenticated('API_KEY_REVOKED', 'the API key has been revoked');
    if (key.expiresAt && key.expiresAt <= now) throw unauthenticated('API_KEY_EXPIRED', 'the API key has expired');
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.keys.touch(key.id, now, LAST_USED_RESOLUTION_MS);
      key.lastUsedAt = now;
    }
    this.cache.remember(key.id, found);
    return { principal: apiKeyPrincipal(key), apiKey: key };
  }

  private view(key: ApiKeyRecord): ApiKeyView {
    const now = this.now();
    const status = key.revokedAt ? 'revoked' : key.expiresAt && key.expiresAt <= now ? 'expired' : 'active';
    return { ...key, prefix: apiKeyPrefix(key.id), status };
  }
}
