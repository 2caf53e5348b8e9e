import type { Principal } from '@hr/workflow';
import type { Offer, OfferTerms } from '../domain/offer';
import { reviseOffer } from '../domain/offer-lifecycle';
import { assertExpectedVersion, clockOf, loadVisibleOffer } from './load-offer';
import type { OfferDeps } from './ports';

export async function updateOffer(
  deps: OfferDeps,
  input: { id: string; terms: OfferTerms; expectedVersion: number },
  principal: Principal,
): Promise<Offer> {
  const current = await loadVisibleOffer(deps, input.id, principal);
  assertExpectedVersion(current, input.expectedVersion);
  return deps.offers.save(reviseOffer(current, input.terms, principal, clockOf(deps)), []);
}
