import type { EventData, EventEnvelope, OfferExpired } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followOfferEvent, planOfferLapse } from '../app/follow-offers';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** The candidate never answered: the application is withdrawn (offer_expired). */
export function offerExpiredHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { applicationId } = event.data as EventData<typeof OfferExpired>;
    const outcome = await followOfferEvent(deps, { applicationId, event }, (stage) => planOfferLapse(stage, { reasonCode: 'offer_expired' }));
    logFollowOutcome(logger, event, applicationId, outcome);
  };
}
