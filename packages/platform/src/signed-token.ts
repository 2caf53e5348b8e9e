import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@hr/workflow';

/**
 * Single-purpose, expiring, HMAC-signed tokens for links sent to people outside the system
 * (an offer's accept/decline links, …): `<base64url payload>.<base64url signature>`.
 * The purpose is part of what is signed, so a token made for one use never verifies for another.
 */
export type TokenClaims = Record<string, string | number | boolean>;

/** The kinds of signed link the system sends; each has its own refusal reasons. */
export type SignedLinkKind = 'RESPONSE_LINK' | 'OFFER_LINK';

export interface SignedTokenOptions {
  /** e.g. `hr.offer.answer-link.v1`: binds the signature to one use. */
  purpose: string;
  /** At least 32 bytes. */
  secret: string;
  /** Prefix of the refusal reasons: `<prefix>_MALFORMED`, `_INVALID`, `_EXPIRED` (registered codes). */
  reasonPrefix: SignedLinkKind;
  /** What the person holds, for messages: "the link has expired" (default `token`). */
  noun?: string;
}

export interface VerifiedToken {
  claims: TokenClaims;
  expiresAt: Date;
}

const MIN_SECRET_BYTES = 32;

/** A per-use key from a master secret, so one leaked link key does not expose the master. */
export function deriveSecret(master: string, purpose: string): string {
  return createHmac('sha256', master).update(`derive:${purpose}`).digest('base64url');
}

function assertSecret(secret: string): void {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new Error(`a token secret needs at least ${MIN_SECRET_BYTES} bytes`);
}

function signature(encoded: string, options: SignedTokenOptions): string {
  return createHmac('sha256', options.secret).update(`${options.purpose}.${encoded}`).digest('base64url');
}

export function signToken(claims: TokenClaims, expiresAt: Date, options: SignedTokenOptions): string {
  assertSecret(options.secret);
  if (Number.isNaN(expiresAt.getTime())) throw new Error('a token needs a valid expiry');
  const payload = { p: options.purpose, e: expiresAt.getTime(), c: claims };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${signature(encoded, options)}`;
}

function refuse(options: SignedTokenOptions, kind: 'invalid_argument' | 'permission_denied' | 'failed_precondition', what: string): never {
  const noun = options.noun ?? 'token';
  const reason = ({ invalid_argument: 'MALFORMED', permission_denied: 'INVALID', failed_precondition: 'EXPIRED' } as const)[kind];
  throw new DomainError(kind, `${options.reasonPrefix}_${reason}`, `the ${noun} ${what}`);
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
}

function decode(encoded: string, options: SignedTokenOptions): VerifiedToken {
  try {
    const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { p?: unknown; e?: unknown; c?: unknown };
    if (payload.p === options.purpose && Number.isFinite(payload.e) && isClaims(payload.c)) {
      return { claims: payload.c, expiresAt: new Date(payload.e as number) };
    }
  } catch {
    // falls through to the refusal below
  }
  return refuse(options, 'permission_denied', 'is not valid');
}

/** Checks form, signature (constant time), purpose and expiry; the caller checks what the claims say. */
export function verifyToken(token: string, options: SignedTokenOptions, now: Date): VerifiedToken {
  assertSecret(options.secret);
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) refuse(options, 'invalid_argument', 'is malformed');
  const [encoded, given] = parts;
  // Compared as text: base64url decoding ignores stray bits, so comparing bytes would accept altered tokens.
  const expected = Buffer.from(signature(encoded, options));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) refuse(options, 'permission_denied', 'is not valid');
  const verified = decode(encoded, options);
  if (now.getTime() >= verified.expiresAt.getTime()) refuse(options, 'failed_precondition', 'has expired');
  return verified;
}
