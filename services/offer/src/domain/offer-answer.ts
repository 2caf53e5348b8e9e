import { DomainError, Principal } from '@hr/workflow';
import type { AnswerChannel, Offer } from './offer';
import { assertMayManage } from './offer-access';
import { assertNotPastExpiry, describeStatus, moveTo } from './offer-transition';

export type Answer = 'accepted' | 'declined';
export const LINK_ACTIONS = ['accept', 'decline'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

/** What a signed answer link says: one action, on one offer, for the terms of one approval round. */
export interface AnswerLinkClaims {
  offerId: string;
  action: LinkAction;
  round: number;
}

function assertAnswerable(offer: Offer, via: AnswerChannel, now: Date): void {
  if (offer.status === 'accepted' || offer.status === 'declined') {
    throw DomainError.conflict('OFFER_ALREADY_ANSWERED', `the offer has already been ${offer.status}`);
  }
  if (offer.status === 'expired') assertNotPastExpiry(offer, now);
  // A candidate can only answer what was sent; HR may record an answer given before the letter went out.
  const open = via === 'link' ? ['sent'] : ['approved', 'sent'];
  if (!open.includes(offer.status)) {
    throw DomainError.conflict('OFFER_NOT_SENT', `the offer is ${describeStatus(offer.status)} and cannot be answered`);
  }
  assertNotPastExpiry(offer, now);
}

export function answerOffer(offer: Offer, input: { answer: Answer; via: AnswerChannel; by: string; reason?: string; now: Date }): Offer {
  assertAnswerable(offer, input.via, input.now);
  const reason = input.reason?.trim() ?? '';
  if (input.answer === 'declined' && !reason) throw DomainError.invalid('reason', 'required');
  if (reason.length > 1000) throw DomainError.invalid('reason', 'max_length', { max: 1000 });
  const answered = moveTo(offer, input.answer, input.by, input.now, reason);
  return { ...answered, answer: { answer: input.answer, via: input.via, by: input.by, at: input.now, reason: reason || undefined } };
}

/** HR records an answer the candidate gave by phone or in person. */
export function recordVerbalAnswer(offer: Offer, input: { answer: Answer; reason?: string; principal: Principal; now: Date }): Offer {
  assertMayManage(input.principal, 'record answers to');
  return answerOffer(offer, { ...input, via: 'verbal', by: input.principal.userId });
}

/** The link must be for this offer and for the terms in force now; a renegotiated offer needs a new letter. */
export function assertLinkMatches(offer: Offer, claims: AnswerLinkClaims): void {
  if (claims.offerId !== offer.id) throw DomainError.forbidden('OFFER_LINK_INVALID', 'the link is for another offer');
  if (claims.round !== offer.approval?.round) {
    throw DomainError.conflict('OFFER_LINK_SUPERSEDED', 'the offer has changed since this link was sent');
  }
}

export function answerByLink(offer: Offer, claims: AnswerLinkClaims, input: { reason?: string; now: Date }): Offer {
  assertLinkMatches(offer, claims);
  const answer: Answer = claims.action === 'accept' ? 'accepted' : 'declined';
  return answerOffer(offer, { answer, via: 'link', by: 'candidate', reason: input.reason, now: input.now });
}
