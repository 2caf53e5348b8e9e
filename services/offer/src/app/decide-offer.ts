import { EventEnvelope, OfferApproved, OfferLevelApproved, OfferRejected, OfferReturned } from '@hr/contracts';
import { ApprovalOutcome, Principal, currentLevel } from '@hr/workflow';
import type { Offer } from '../domain/offer';
import { OfferDecision, decideOffer as decide } from '../domain/offer-lifecycle';
import { loadOffer } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

export async function decideOffer(
  deps: OfferDeps,
  input: { id: string; decision: OfferDecision; comment?: string },
  principal: Principal,
): Promise<Offer> {
  const now = deps.now();
  // Approvers outside the department still learn the offer exists: they get 403, not 404.
  const current = await loadOffer(deps, input.id);
  const levelKey = current.approval ? currentLevel(current.approval)?.key ?? '' : '';
  const { offer, outcome } = decide(current, { ...input, principal, now });
  // Scheduled before the save: a job for an offer that then failed to save finds nothing to expire.
  if (outcome === 'approved') await deps.expiry.schedule(offer.id, offer.expiresAt);
  const events = decisionEvents(offer, outcome, { levelKey, principal, now, comment: input.comment?.trim() ?? '' });
  return deps.offers.save(offer, events);
}

function decisionEvents(
  offer: Offer,
  outcome: ApprovalOutcome,
  context: { levelKey: string; principal: Principal; now: Date; comment: string },
): EventEnvelope[] {
  const { levelKey, principal, now, comment } = context;
  const data = { ...offerRef(offer), round: offer.approval!.round, levelKey, comment };
  const by = principal.userId;
  switch (outcome) {
    case 'advanced': {
      const awaitingLevel = currentLevel(offer.approval!)?.key ?? '';
      return [offerEvent(OfferLevelApproved, { ...data, approvedBy: by, awaitingLevel }, principal, now)];
    }
    case 'approved':
      return [offerEvent(OfferApproved, { ...data, approvedBy: by }, principal, now)];
    case 'rejected':
      return [offerEvent(OfferRejected, { ...data, rejectedBy: by }, principal, now)];
    case 'returned':
      return [offerEvent(OfferReturned, { ...data, returnedBy: by }, principal, now)];
  }
}
