import { EventData, EventEnvelope, OfferExpired } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { notifyOfferOwner } from './offer-owner-notice';

/** The offer's HR learns in their inbox that the candidate let the offer expire unanswered. */
export function offerExpiredHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof OfferExpired>;
    await notifyOfferOwner(ctx, event, data.offerId, (digest) => ({
      kind: 'expired',
      number: data.number,
      candidateName: digest?.candidateName,
      expiresAt: new Date(data.expiresAt),
    }));
  };
}
