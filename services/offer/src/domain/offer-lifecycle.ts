import { ApprovalLevel, ApprovalOutcome, DomainError, Principal, decide, startApproval } from '@hr/workflow';
import type { Offer, OfferTerms } from './offer';
import { assertMayManage } from './offer-access';
import { approvalSubject } from './approval-config';
import { EDITABLE_STATUSES, OPEN_STATUSES } from './offer-status';
import { describeStatus, moveTo } from './offer-transition';
import { ValidationClock, validateTerms } from './offer-validation';

export function draftOffer(input: { id: string; number: string; terms: OfferTerms; principal: Principal; clock: ValidationClock }): Offer {
  assertMayManage(input.principal, 'create');
  const terms = validateTerms(input.terms, input.clock);
  const now = input.clock.now;
  return {
    ...terms,
    id: input.id,
    number: input.number,
    status: 'draft',
    sends: [],
    negotiations: [],
    statusHistory: [],
    createdBy: input.principal.userId,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}

/** Only HR edits, only a draft or an offer returned for changes, and the application it is for never changes. */
export function assertRevisable(offer: Offer, applicationId: string, principal: Principal): void {
  assertMayManage(principal, 'edit');
  if (!EDITABLE_STATUSES.includes(offer.status)) {
    throw DomainError.conflict('OFFER_NOT_EDITABLE', `an offer that is ${describeStatus(offer.status)} cannot be edited`);
  }
  if (applicationId !== offer.applicationId) {
    throw DomainError.invalid('applicationId', 'immutable');
  }
}

export function reviseOffer(offer: Offer, terms: OfferTerms, principal: Principal, clock: ValidationClock): Offer {
  assertRevisable(offer, terms.applicationId, principal);
  return { ...offer, ...validateTerms(terms, clock), updatedAt: clock.now };
}

/** Starts a new approval round (round numbers keep counting across resubmissions). */
export function startRound(offer: Offer, levels: ApprovalLevel[], by: string, now: Date, comment?: string): Offer {
  const moved = moveTo(offer, 'pending_approval', by, now, comment);
  return { ...moved, approval: startApproval(levels, approvalSubject(offer), offer.approval) };
}

export function submitOffer(offer: Offer, levels: ApprovalLevel[], principal: Principal, clock: ValidationClock): Offer {
  assertMayManage(principal, 'submit');
  // Terms valid when drafted may have aged (an expiry now past, a start date gone by).
  const terms = validateTerms(offer, clock);
  return startRound({ ...offer, ...terms }, levels, principal.userId, clock.now);
}

export type OfferDecision = 'approved' | 'rejected' | 'returned';

/** Only the approver of the current level decides, once per round; the workflow chain enforces both. */
export function decideOffer(
  offer: Offer,
  input: { decision: OfferDecision; comment?: string; principal: Principal; now: Date },
): { offer: Offer; outcome: ApprovalOutcome } {
  if (offer.status !== 'pending_approval' || !offer.approval) {
    throw DomainError.conflict('OFFER_NOT_PENDING_APPROVAL', `the offer is ${describeStatus(offer.status)}, not pending approval`);
  }
  const { principal, now } = input;
  const result = decide(offer.approval, { ...input, subject: approvalSubject(offer) });
  const decided: Offer = { ...offer, approval: result.progress, updatedAt: now };
  if (result.outcome === 'advanced') return { offer: decided, outcome: result.outcome };
  return { offer: moveTo(decided, result.outcome, principal.userId, now, input.comment), outcome: result.outcome };
}

export function withdrawOffer(offer: Offer, input: { reason: string; principal: Principal; now: Date }): Offer {
  assertMayManage(input.principal, 'withdraw');
  const reason = input.reason.trim();
  if (!reason) throw DomainError.invalid('reason', 'required');
  if (reason.length > 1000) throw DomainError.invalid('reason', 'max_length', { max: 1000 });
  if (!OPEN_STATUSES.includes(offer.status)) {
    throw DomainError.conflict('OFFER_CLOSED', `an offer that is ${describeStatus(offer.status)} cannot be withdrawn`);
  }
  const moved = moveTo(offer, 'withdrawn', input.principal.userId, input.now, reason);
  return { ...moved, withdrawReason: reason, approval: offer.approval && { ...offer.approval, closed: true } };
}
