import { createHmac } from 'node:crypto';
import { DomainError, SignedTokenOptions, deriveSecret, signToken, verifyToken } from '@hr/platform';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const options: SignedTokenOptions = { purpose: 'hr.test.link.v1', secret: SECRET, reasonPrefix: 'OFFER_LINK', noun: 'link' };
const NOW = new Date('2026-11-28T02:00:00Z');
const EXPIRES = new Date('2026-12-01T02:00:00Z');
const claims = { offerId: 'of-1', action: 'accept', round: 2, final: true };
const token = () => signToken(claims, EXPIRES, options);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

function flip(text: string, index: number): string {
  const chars = text.split('');
  chars[index] = chars[index] === 'A' ? 'B' : 'A';
  return chars.join('');
}

describe('signed tokens', () => {
  it('round-trip their claims and expiry and are URL-safe', () => {
    expect(token()).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyToken(token(), options, NOW)).toEqual({ claims, expiresAt: EXPIRES });
  });

  it('refuse a tampered payload', () => {
    const [payload, signature] = token().split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"round":2', '"round":3')).toString('base64url');
    expect(errorOf(() => verifyToken(`${forged}.${signature}`, options, NOW))).toMatchObject({
      kind: 'permission_denied',
      reason: 'OFFER_LINK_INVALID',
      message: 'the link is not valid',
    });
  });

  it('refuse a tampered signature, even in its last character', () => {
    const t = token();
    expect(errorOf(() => verifyToken(flip(t, t.length - 1), options, NOW)).reason).toBe('OFFER_LINK_INVALID');
    expect(errorOf(() => verifyToken(`${t}A`, options, NOW)).reason).toBe('OFFER_LINK_INVALID');
  });

  it('refuse another secret and another purpose with the same secret', () => {
    expect(errorOf(() => verifyToken(token(), { ...options, secret: `${SECRET}-other` }, NOW)).reason).toBe('OFFER_LINK_INVALID');
    expect(errorOf(() => verifyToken(token(), { ...options, purpose: 'hr.other.v1' }, NOW)).reason).toBe('OFFER_LINK_INVALID');
    const payload = Buffer.from(JSON.stringify({ p: options.purpose, e: EXPIRES.getTime(), c: claims })).toString('base64url');
    const bare = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(errorOf(() => verifyToken(`${payload}.${bare}`, options, NOW)).reason).toBe('OFFER_LINK_INVALID');
  });

  it.each(['', 'abc', 'a.b.c', '.sig', 'payload.'])('refuse a malformed token %p', (bad) => {
    expect(errorOf(() => verifyToken(bad, options, NOW))).toMatchObject({ kind: 'invalid_argument', reason: 'OFFER_LINK_MALFORMED' });
  });

  it('refuse an expired token from the expiry instant on', () => {
    expect(errorOf(() => verifyToken(token(), options, EXPIRES))).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_LINK_EXPIRED' });
    expect(verifyToken(token(), options, new Date(EXPIRES.getTime() - 1)).claims).toEqual(claims);
  });

  it('refuse short secrets', () => {
    expect(() => signToken(claims, EXPIRES, { ...options, secret: 'short' })).toThrow(/32 bytes/);
  });

  it('derive distinct, stable secrets per purpose', () => {
    expect(deriveSecret(SECRET, 'a')).toBe(deriveSecret(SECRET, 'a'));
    expect(deriveSecret(SECRET, 'a')).not.toBe(deriveSecret(SECRET, 'b'));
    expect(Buffer.byteLength(deriveSecret(SECRET, 'a'))).toBeGreaterThanOrEqual(32);
  });
});
