import { OfferCreated } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Offer, OfferTerms } from '../domain/offer';
import { assertMayManage } from '../domain/offer-access';
import { draftOffer } from '../domain/offer-lifecycle';
import { clockOf } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';
import { resolveTerms } from './resolve-terms';

/** HR drafts an offer for an application at the offer stage; who and what it is for come from their owners. */
export async function createOffer(deps: OfferDeps, requested: OfferTerms, principal: Principal): Promise<Offer> {
  assertMayManage(principal, 'create');
  const terms = await resolveTerms(deps, requested);
  const clock = clockOf(deps);
  const draft = draftOffer({ id: deps.newId(), number: '', terms, principal, clock });
  const open = await deps.offers.findOpenForApplication(draft.applicationId);
  if (open) {
    throw new DomainError('already_exists', 'OFFER_EXISTS', `application ${draft.applicationId} already has offer ${open.number} (${open.status})`);
  }
  const offer = { ...draft, number: await deps.offers.nextNumber(clock.now) };
  const event = offerEvent(OfferCreated, { ...offerRef(offer), createdBy: principal.userId }, principal, clock.now);
  return deps.offers.save(offer, [event]);
}
