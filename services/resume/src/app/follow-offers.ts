import type { EventEnvelope } from '@hr/contracts';
import { ApplicationStage, isTerminalStage } from '../domain/application-stage';
import { FollowOutcome, FollowPlan, followEvent, principalOf } from './follow-event';
import type { ResumeDeps } from './ports';

/**
 * An accepted offer hires the application at `offer`; one already hired stays as it is. An offer
 * exists only for an application that reached `offer`, so an earlier stage means that move has not
 * been applied yet (or HR took the application back to interview): the acceptance waits and is
 * retried, and is dead-lettered for someone to look at if it never fits.
 */
export function planAcceptance(stage: ApplicationStage): FollowPlan {
  if (stage === 'offer') return [{ to: 'hired' }];
  if (stage === 'hired') return [];
  if (isTerminalStage(stage)) return 'closed';
  return 'not_yet';
}

/**
 * A declined or expired offer withdraws the application at `offer`, with the reason kept. One HR has
 * since taken back to interview keeps HR's decision; a closed one is left alone.
 */
export function planOfferLapse(stage: ApplicationStage, lapse: { reasonCode: 'offer_declined' | 'offer_expired'; comment?: string }): FollowPlan {
  if (isTerminalStage(stage)) return 'closed';
  if (stage !== 'offer') return [];
  return [{ to: 'withdrawn', reasonCode: lapse.reasonCode, comment: lapse.comment }];
}

/**
 * Applies an offer fact to its application, at most once per event id (see followEvent). An answer
 * given through the candidate's link names no actor: the stage history then records `answeredBy`
 * (the candidate), an expiry the system.
 */
export function followOfferEvent(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  input: { applicationId: string; event: EventEnvelope; answeredBy?: string },
  plan: (stage: ApplicationStage) => FollowPlan,
): Promise<FollowOutcome> {
  const { applicationId, event, answeredBy } = input;
  return followEvent(deps, { applicationId, event, principal: principalOf(event, answeredBy), waitingFor: 'its move to the offer stage' }, plan);
}
