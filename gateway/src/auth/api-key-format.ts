import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';

/** What a third-party key may be granted; each /open route needs one of them. */
export const API_SCOPES = ['resumes:write', 'requisitions:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_KEY_PREFIX = 'hrk_';
const SECRET_BYTES = 32;
// hrk_<24-hex key id>_<base64url secret>: the id never contains "_", the secret may.
const KEY_PATTERN = /^hrk_([a-f0-9]{24})_([A-Za-z0-9_-]{43,128})$/;

export interface IssuedApiKey {
  keyId: string;
  /** The whole key, shown to the admin once and never stored. */
  plaintext: string;
  secretHash: string;
}

/**
 * A new key: a public id (to find the record) and 256 random bits of secret. The secret has full
 * entropy, so a single sha256 is enough to store it: no password-style stretching is needed.
 */
export function newApiKey(): IssuedApiKey {
  const keyId = new Types.ObjectId().toHexString();
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { keyId, plaintext: `${API_KEY_PREFIX}${keyId}_${secret}`, secretHash: hashApiKeySecret(secret) };
}

export function parseApiKey(presented: string): { keyId: string; secret: string } | undefined {
  const match = KEY_PATTERN.exec(presented.trim());
  return match ? { keyId: match[1], secret: match[2] } : undefined;
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares the presented secret's hash with the stored one in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKeySecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The non-secret part, safe to show in lists and logs: hrk_<keyId>. */
export function apiKeyPrefix(keyId: string): string {
  return `${API_KEY_PREFIX}${keyId}`;
}
