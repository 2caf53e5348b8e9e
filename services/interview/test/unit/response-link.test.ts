import { createHmac } from 'node:crypto';
import { assertResponseTokenFor, createResponseToken, verifyResponseToken } from '../../src/infra/response-link';
import { errorOf } from './interview-fixtures';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const NOW = new Date('2026-11-28T02:00:00Z');
const EXPIRES = new Date('2026-12-01T02:00:00Z');
const claims = { interviewId: 'iv-1', action: 'confirm' as const, sequence: 2, expiresAt: EXPIRES };
const token = () => createResponseToken(claims, SECRET);

function flip(text: string, index: number): string {
  const chars = text.split('');
  chars[index] = chars[index] === 'A' ? 'B' : 'A';
  return chars.join('');
}

describe('response links', () => {
  it('round-trip their claims and are URL-safe', () => {
    expect(token()).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyResponseToken(token(), SECRET, NOW)).toEqual(claims);
    expect(() => assertResponseTokenFor(verifyResponseToken(token(), SECRET, NOW), { interviewId: 'iv-1', action: 'confirm', sequence: 2 }))
      .not.toThrow();
  });

  it('refuse a tampered payload', () => {
    const [payload, signature] = token().split('.');
    const forged = Buffer.from(
      Buffer.from(payload, 'base64url').toString().replace('"s":2', '"s":3'),
    ).toString('base64url');
    expect(errorOf(() => verifyResponseToken(`${forged}.${signature}`, SECRET, NOW))).toMatchObject({
      kind: 'permission_denied', reason: 'RESPONSE_LINK_INVALID',
    });
  });

  it('refuse a tampered signature, even one differing only in its last character', () => {
    const t = token();
    expect(errorOf(() => verifyResponseToken(flip(t, t.length - 1), SECRET, NOW)).reason).toBe('RESPONSE_LINK_INVALID');
    expect(errorOf(() => verifyResponseToken(flip(t, t.indexOf('.') + 1), SECRET, NOW)).reason).toBe('RESPONSE_LINK_INVALID');
    expect(errorOf(() => verifyResponseToken(`${t}A`, SECRET, NOW)).reason).toBe('RESPONSE_LINK_INVALID');
  });

  it('refuse a token signed with another secret', () => {
    expect(errorOf(() => verifyResponseToken(token(), `${SECRET}-other`, NOW)).reason).toBe('RESPONSE_LINK_INVALID');
  });

  it('refuse an HMAC of the same secret made for another purpose', () => {
    const payload = Buffer.from(JSON.stringify({ i: 'iv-1', a: 'confirm', s: 2, e: EXPIRES.getTime() })).toString('base64url');
    const bare = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(errorOf(() => verifyResponseToken(`${payload}.${bare}`, SECRET, NOW)).reason).toBe('RESPONSE_LINK_INVALID');
  });

  it.each(['', 'abc', 'a.b.c', '.sig', 'payload.'])('refuse a malformed token %p', (bad) => {
    expect(errorOf(() => verifyResponseToken(bad, SECRET, NOW))).toMatchObject({ kind: 'invalid_argument', reason: 'RESPONSE_LINK_MALFORMED' });
  });

  it('refuse an expired token, from the expiry instant on', () => {
    expect(errorOf(() => verifyResponseToken(token(), SECRET, EXPIRES))).toMatchObject({
      kind: 'failed_precondition', reason: 'RESPONSE_LINK_EXPIRED',
    });
    expect(verifyResponseToken(token(), SECRET, new Date(EXPIRES.getTime() - 1)).interviewId).toBe('iv-1');
  });

  it('refuse use for the other action', () => {
    const verified = verifyResponseToken(token(), SECRET, NOW);
    expect(errorOf(() => assertResponseTokenFor(verified, { interviewId: 'iv-1', action: 'decline', sequence: 2 }))).toMatchObject({
      kind: 'permission_denied', reason: 'RESPONSE_LINK_WRONG_ACTION',
    });
  });

  it('refuse a token for an older sequence of a rescheduled interview', () => {
    const verified = verifyResponseToken(token(), SECRET, NOW);
    expect(errorOf(() => assertResponseTokenFor(verified, { interviewId: 'iv-1', action: 'confirm', sequence: 3 }))).toMatchObject({
      kind: 'failed_precondition', reason: 'RESPONSE_LINK_SUPERSEDED',
    });
  });

  it('refuse a token presented for another interview', () => {
    const verified = verifyResponseToken(token(), SECRET, NOW);
    expect(errorOf(() => assertResponseTokenFor(verified, { interviewId: 'iv-2', action: 'confirm', sequence: 2 })).reason)
      .toBe('RESPONSE_LINK_INVALID');
  });

  it('refuse to work with a short secret', () => {
    expect(() => createResponseToken(claims, 'short')).toThrow(/at least 32 bytes/);
    expect(() => verifyResponseToken(token(), 'short', NOW)).toThrow(/at least 32 bytes/);
  });
});
