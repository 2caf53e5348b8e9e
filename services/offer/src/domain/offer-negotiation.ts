import { ApprovalLevel, DomainError, Principal } from '@hr/workflow';
import type { Negotiation, Offer, Probation, Salary, TermChange } from './offer';
import { assertMayManage } from './offer-access';
import { startRound } from './offer-lifecycle';
import { assertNotPastExpiry, describeStatus } from './offer-transition';
import { ValidationClock, validateTerms } from './offer-validation';

/** What the candidate and HR agreed to change; fields left out stay as they are. */
export interface NegotiatedChange {
  salary?: Salary;
  probation?: Probation;
  startDate?: string;
  expiresAt?: Date;
}

function diff(before: Offer, after: Offer): TermChange[] {
  const changes: TermChange[] = [];
  const pay = (o: Offer) => JSON.stringify({ salary: o.salary, probation: o.probation });
  if (pay(before) !== pay(after)) changes.push({ field: 'salary', from: pay(before), to: pay(after) });
  if (before.startDate !== after.startDate) changes.push({ field: 'startDate', from: before.startDate, to: after.startDate });
  if (before.expiresAt.getTime() !== after.expiresAt.getTime()) {
    changes.push({ field: 'expiresAt', from: before.expiresAt.toISOString(), to: after.expiresAt.toISOString() });
  }
  return changes;
}

/**
 * Records a change agreed after approval. Pay or start date changes need a new approval round (the
 * offer goes back to pending_approval and its links stop answering); a later expiry alone does not.
 */
export function negotiateOffer(
  offer: Offer,
  input: { change: NegotiatedChange; comment: string; principal: Principal; levels: ApprovalLevel[]; clock: ValidationClock },
): { offer: Offer; negotiation: Negotiation } {
  const { principal, clock } = input;
  assertMayManage(principal, 'renegotiate');
  if (offer.status !== 'approved' && offer.status !== 'sent') {
    throw DomainError.conflict('OFFER_NOT_NEGOTIABLE', `an offer that is ${describeStatus(offer.status)} cannot be renegotiated`);
  }
  assertNotPastExpiry(offer, clock.now);
  const comment = input.comment.trim();
  if (!comment) throw DomainError.invalid('comment', 'required');
  const { salary, probation, startDate, expiresAt } = input.change;
  const proposed = { ...offer, salary: salary ?? offer.salary, probation: probation ?? offer.probation };
  const changed: Offer = { ...offer, ...validateTerms({ ...proposed, startDate: startDate ?? offer.startDate, expiresAt: expiresAt ?? offer.expiresAt }, clock) };
  const changes = diff(offer, changed);
  if (changes.length === 0) throw DomainError.invalid('change', 'required', undefined, 'change_required');
  const reapproval = changes.some((c) => c.field !== 'expiresAt');
  const negotiation: Negotiation = { at: clock.now, by: principal.userId, comment, changes, reapproval };
  const recorded: Offer = { ...changed, negotiations: [...offer.negotiations, negotiation], updatedAt: clock.now };
  if (!reapproval) return { offer: recorded, negotiation };
  return { offer: startRound(recorded, input.levels, principal.userId, clock.now, comment), negotiation };
}
