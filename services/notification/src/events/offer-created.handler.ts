import { EventData, EventEnvelope, OfferCreated } from '@hr/contracts';
import type { HandlerContext } from './handler-context';

/** Nobody is told of a new draft; its creator is remembered, to be told of the candidate's answer. */
export function offerCreatedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { offerId, number, createdBy } = event.data as EventData<typeof OfferCreated>;
    await ctx.offers.remember({ offerId, number, createdBy });
  };
}
