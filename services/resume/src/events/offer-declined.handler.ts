import type { EventData, EventEnvelope, OfferDeclined } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followOfferEvent, planOfferLapse } from '../app/follow-offers';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** The candidate said no: the application is withdrawn (offer_declined) with their reason as the comment. */
export function offerDeclinedHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { applicationId, answeredBy, reason } = event.data as EventData<typeof OfferDeclined>;
    const lapse = { reasonCode: 'offer_declined', comment: reason } as const;
    const outcome = await followOfferEvent(deps, { applicationId, event, answeredBy }, (stage) => planOfferLapse(stage, lapse));
    logFollowOutcome(logger, event, applicationId, outcome);
  };
}
