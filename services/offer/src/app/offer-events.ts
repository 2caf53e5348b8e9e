import type { EventDefinition, EventEnvelope } from '@hr/contracts';
import { buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';
import type { Offer } from '../domain/offer';

export const SOURCE = 'offer';

export function offerRef(offer: Offer) {
  return {
    offerId: offer.id,
    number: offer.number,
    applicationId: offer.applicationId,
    candidateId: offer.candidateId,
    requisitionId: offer.requisitionId,
    positionId: offer.positionId,
    departmentId: offer.departmentId,
  };
}

/** An event about an offer, stamped with the actor and the request's correlation id. */
export function offerEvent<T extends string, D>(
  definition: EventDefinition<T, D>,
  data: D,
  actor: Principal | undefined,
  now: Date,
): EventEnvelope {
  return buildEvent(definition, data, { source: SOURCE, actor, now });
}
