import { EventData, EventEnvelope, OfferDeclined } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { notifyOfferOwner } from './offer-owner-notice';

/** The offer's HR learns in their inbox that the candidate declined, and why. */
export function offerDeclinedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof OfferDeclined>;
    await notifyOfferOwner(ctx, event, data.offerId, (digest) => ({
      kind: 'declined',
      number: data.number,
      candidateName: digest?.candidateName,
      reason: data.reason,
      via: data.via,
    }));
  };
}
