import type { EventData, EventEnvelope, OfferAccepted } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followOfferEvent, planAcceptance } from '../app/follow-offers';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/**
 * An accepted offer hires the application. The requisition's hired count and the candidate's status
 * follow from the ApplicationStageChanged it emits, not from this event.
 */
export function offerAcceptedHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { applicationId, answeredBy } = event.data as EventData<typeof OfferAccepted>;
    const outcome = await followOfferEvent(deps, { applicationId, event, answeredBy }, planAcceptance);
    logFollowOutcome(logger, event, applicationId, outcome);
  };
}
