import type { EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import type { FollowOutcome } from '../app/follow-event';

/**
 * Ids and stages only: interview and offer events carry names, addresses and pay that stay out of
 * the logs. The message names the event's origin ("interview event", "offer event").
 */
export function logFollowOutcome(logger: Logger, event: EventEnvelope, applicationId: string, outcome: FollowOutcome): void {
  const context = { eventId: event.id, type: event.type, applicationId };
  const origin = `${event.type.split('.')[0]} event`;
  switch (outcome.kind) {
    case 'moved':
      return logger.info({ ...context, stage: outcome.application.stage }, `application stage moved by ${origin}`);
    case 'joined':
      return logger.info({ ...context, interviewerCount: outcome.application.interviewerIds.length }, `interviewers given access by ${origin}`);
    case 'closed':
      return logger.warn({ ...context, stage: outcome.stage }, `${origin} for a closed application ignored`);
    case 'missing':
      return logger.warn(context, `${origin} for an unknown application ignored`);
    default:
      return logger.debug({ ...context, outcome: outcome.kind }, `${origin} changed no stage`);
  }
}
