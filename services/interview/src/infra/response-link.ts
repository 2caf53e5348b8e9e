import { DomainError, ReasonCode } from '@hr/workflow';
import { SignedTokenOptions, signToken, verifyToken } from '@hr/platform';

export type ResponseAction = 'confirm' | 'decline';

export interface ResponseClaims {
  interviewId: string;
  action: ResponseAction;
  sequence: number;
  expiresAt: Date;
}

/** Binds the signature to this use, so an HMAC made with the same secret for anything else never verifies here. */
const PURPOSE = 'hr.interview.candidate-response.v1';
const ACTIONS: readonly ResponseAction[] = ['confirm', 'decline'];

const options = (secret: string): SignedTokenOptions => ({ purpose: PURPOSE, secret, reasonPrefix: 'RESPONSE_LINK', noun: 'link' });

function refuse(kind: 'permission_denied' | 'failed_precondition', reason: ReasonCode, message: string): never {
  throw new DomainError(kind, reason, message);
}

export function createResponseToken(claims: ResponseClaims, secret: string): string {
  if (!ACTIONS.includes(claims.action)) throw new Error(`unknown response action ${claims.action}`);
  return signToken({ i: claims.interviewId, a: claims.action, s: claims.sequence }, claims.expiresAt, options(secret));
}

/** Checks the signature and the expiry; what the link is used for is checked by `assertResponseTokenFor`. */
export function verifyResponseToken(token: string, secret: string, now: Date): ResponseClaims {
  const { claims, expiresAt } = verifyToken(token, options(secret), now);
  const { i, a, s } = claims;
  if (typeof i !== 'string' || !ACTIONS.includes(a as ResponseAction) || !Number.isInteger(s)) {
    refuse('permission_denied', 'RESPONSE_LINK_INVALID', 'the link is not valid');
  }
  return { interviewId: i, action: a as ResponseAction, sequence: s as number, expiresAt };
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
  return {
    verify: (token: string, now: Date) => verifyResponseToken(token, secret, now),
    assertFor: assertResponseTokenFor,
  };
}
