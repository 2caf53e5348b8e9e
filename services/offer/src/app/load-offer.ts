import { DomainError, Principal } from '@hr/workflow';
import type { Offer } from '../domain/offer';
import { mayView } from '../domain/offer-access';
import type { OfferDeps } from './ports';

/** Loads an offer the caller may see; others get the same 404 as a missing one (no probing). */
export async function loadVisibleOffer(deps: OfferDeps, id: string, principal: Principal): Promise<Offer> {
  const offer = await deps.offers.get(id);
  if (!offer || !mayView(principal, offer)) throw DomainError.notFound('OFFER_NOT_FOUND', id);
  return offer;
}

export async function loadOffer(deps: OfferDeps, id: string): Promise<Offer> {
  const offer = await deps.offers.get(id);
  if (!offer) throw DomainError.notFound('OFFER_NOT_FOUND', id);
  return offer;
}

export function assertExpectedVersion(offer: Offer, expectedVersion: number): void {
  if (expectedVersion > 0 && expectedVersion !== offer.version) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the offer changed since it was read; reload and retry');
  }
}

export function clockOf(deps: OfferDeps) {
  return { now: deps.now(), timeZone: deps.timeZone };
}
