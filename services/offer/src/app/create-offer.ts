import { OfferCreated } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Offer, OfferTerms } from '../domain/offer';
import { draftOffer } from '../domain/offer-lifecycle';
import { clockOf } from './load-offer';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

export async function createOffer(deps: OfferDeps, terms: OfferTerms, principal: Principal): Promise<Offer> {
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
