import { EventData, EventEnvelope, OfferAccepted } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { notifyOfferOwner } from './offer-owner-notice';

/** The offer's HR learns in their inbox that the candidate accepted, and when they start. */
export function offerAcceptedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof OfferAccepted>;
    await notifyOfferOwner(ctx, event, data.offerId, () => ({
      kind: 'accepted',
      number: data.number,
      candidateName: data.candidateName,
      positionTitle: data.positionTitle,
      departmentName: data.departmentName,
      startDate: data.startDate,
      via: data.via,
    }));
  };
}
