import type { EventEnvelope } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Offer } from '../domain/offer';
import { recordVerbalAnswer } from '../domain/offer-answer';
import { NegotiatedChange, negotiateOffer } from '../domain/offer-negotiation';
import { answerEvents } from './answer-events';
import { clockOf, loadVisibleOffer } from './load-offer';
import type { OfferDeps } from './ports';
import { roundStarted } from './submit-offer';

export const HR_ANSWERS = ['accepted', 'declined', 'negotiated'] as const;
export type HrAnswer = (typeof HR_ANSWERS)[number];

export interface RecordAnswerInput {
  id: string;
  answer: HrAnswer;
  comment: string;
  change: NegotiatedChange;
}

/** HR records what the candidate said by phone or in person: an answer, or a negotiated change. */
export async function recordAnswer(deps: OfferDeps, input: RecordAnswerInput, principal: Principal): Promise<Offer> {
  if (!HR_ANSWERS.includes(input.answer)) {
    throw DomainError.invalid('answer', 'enum', { values: HR_ANSWERS });
  }
  const current = await loadVisibleOffer(deps, input.id, principal);
  const clock = clockOf(deps);
  if (input.answer !== 'negotiated') {
    const answered = recordVerbalAnswer(current, { answer: input.answer, reason: input.comment, principal, now: clock.now });
    return deps.offers.save(answered, answerEvents(answered, principal, clock.now));
  }
  const { offer, negotiation } = negotiateOffer(current, {
    change: input.change,
    comment: input.comment,
    principal,
    levels: deps.approvalLevels,
    clock,
  });
  const events: EventEnvelope[] = [];
  if (negotiation.reapproval) events.push(roundStarted(offer, 'negotiated', principal, clock.now));
  // A later expiry alone keeps the offer out: a job at the new expiry (the earlier one will find it not due).
  else await deps.expiry.schedule(offer.id, offer.expiresAt);
  return deps.offers.save(offer, events);
}
