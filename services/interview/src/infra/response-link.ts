import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@hr/workflow';

export type ResponseAction = 'confirm' | 'decline';

export interface ResponseClaims {
  interviewId: string;
  action: ResponseAction;
  sequence: number;
  expiresAt: Date;
}

/** Binds the signature to this use, so an HMAC made with the same secret for anything else never verifies here. */
const PURPOSE = 'hr.interview.candidate-response.v1';
const MIN_SECRET_BYTES = 32;
const ACTIONS: readonly ResponseAction[] = ['confirm', 'decline'];

interface Payload {
  p: string;
  i: string;
  a: ResponseAction;
  s: number;
  e: number;
}

function assertSecret(secret: string): void {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new Error(`the response-link secret needs at least ${MIN_SECRET_BYTES} bytes`);
}

function sign(encodedPayload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}.${encodedPayload}`).digest();
}

function refuse(kind: 'invalid_argument' | 'permission_denied' | 'failed_precondition', reason: string, message: string): never {
  throw new DomainError(kind, reason, message);
}

export function createResponseToken(claims: ResponseClaims, secret: string): string {
  assertSecret(secret);
  if (!ACTIONS.includes(claims.action)) throw new Error(`unknown response action ${claims.action}`);
  const payload: Payload = { p: PURPOSE, i: claims.interviewId, a: claims.action, s: claims.sequence, e: claims.expiresAt.getTime() };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${sign(encoded, secret).toString('base64url')}`;
}

function decodePayload(encoded: string): Payload {
  try {
    const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Payload;
    const wellFormed =
      payload.p === PURPOSE && typeof payload.i === 'string' && ACTIONS.includes(payload.a) &&
      Number.isInteger(payload.s) && Number.isFinite(payload.e);
    if (wellFormed) return payload;
  } catch {
    // falls through to the refusal below
  }
  return refuse('permission_denied', 'RESPONSE_LINK_INVALID', 'the link is not valid');
}

/** Checks the signature and the expiry; what the link is used for is checked by `assertResponseTokenFor`. */
export function verifyResponseToken(token: string, secret: string, now: Date): ResponseClaims {
  assertSecret(secret);
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) refuse('invalid_argument', 'RESPONSE_LINK_MALFORMED', 'the link is malformed');
  const [encoded, signature] = parts;
  // Compared as text: base64url decoding ignores stray bits, so comparing bytes would accept altered tokens.
  const expected = Buffer.from(sign(encoded, secret).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    refuse('permission_denied', 'RESPONSE_LINK_INVALID', 'the link is not valid');
  }
  const payload = decodePayload(encoded);
  if (now.getTime() >= payload.e) refuse('failed_precondition', 'RESPONSE_LINK_EXPIRED', 'the link has expired');
  return { interviewId: payload.i, action: payload.a, sequence: payload.s, expiresAt: new Date(payload.e) };
}

/** The link answers one question about one version of one interview; a rescheduled interview needs a new link. */
export function assertResponseTokenFor(
  claims: ResponseClaims,
  expected: { interviewId: string; action: ResponseAction; sequence: number },
): void {
  if (claims.interviewId !== expected.interviewId) refuse('permission_denied', 'RESPONSE_LINK_INVALID', 'the link is for another interview');
  if (claims.action !== expected.action) {
    refuse('permission_denied', 'RESPONSE_LINK_WRONG_ACTION', `the link may only be used to ${claims.action}`);
  }
  if (claims.sequence !== expected.sequence) {
    refuse('failed_precondition', 'RESPONSE_LINK_SUPERSEDED', 'the interview has changed since this link was sent');
  }
}

/** The verifier the use cases are given, bound to the deployment's secret. */
export function responseLinkVerifier(secret: string) {
  assertSecret(secret);
  return {
    verify: (token: string, now: Date) => verifyResponseToken(token, secret, now),
    assertFor: assertResponseTokenFor,
  };
}
