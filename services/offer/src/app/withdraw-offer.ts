import { OfferWithdrawn } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Offer } from '../domain/offer';
import { withdrawOffer as withdraw } from '../domain/offer-lifecycle';
import { loadVisibleOffer } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

export async function withdrawOffer(deps: OfferDeps, input: { id: string; reason: string }, principal: Principal): Promise<Offer> {
  const now = deps.now();
  const offer = withdraw(await loadVisibleOffer(deps, input.id, principal), { reason: input.reason, principal, now });
  const event = offerEvent(OfferWithdrawn, { ...offerRef(offer), withdrawnBy: principal.userId, reason: offer.withdrawReason! }, principal, now);
  return deps.offers.save(offer, [event]);
}
