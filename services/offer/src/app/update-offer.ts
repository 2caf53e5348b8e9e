import type { Principal } from '@hr/workflow';
import type { Offer, OfferTerms } from '../domain/offer';
import { assertRevisable, reviseOffer } from '../domain/offer-lifecycle';
import { assertExpectedVersion, clockOf, loadVisibleOffer } from './load-offer';
import type { OfferDeps } from './ports';
import { resolveTerms } from './resolve-terms';

/**
 * Edits a draft or returned offer. The application never changes (an empty one means the same); its
 * candidate, requisition, position and department are looked up again, so the edit carries today's
 * facts and is refused if the application has left the offer stage.
 */
export async function updateOffer(
  deps: OfferDeps,
  input: { id: string; terms: OfferTerms; expectedVersion: number },
  principal: Principal,
): Promise<Offer> {
  const current = await loadVisibleOffer(deps, input.id, principal);
  assertExpectedVersion(current, input.expectedVersion);
  const requested = { ...input.terms, applicationId: input.terms.applicationId.trim() || current.applicationId };
  assertRevisable(current, requested.applicationId, principal);
  const terms = await resolveTerms(deps, requested);
  return deps.offers.save(reviseOffer(current, terms, principal, clockOf(deps)), []);
}
