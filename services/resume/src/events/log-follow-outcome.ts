import type { EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import type { FollowOutcome } from '../app/follow-interviews';

/** Ids and stages only: interview events carry names and addresses that stay out of the logs. */
export function logFollowOutcome(logger: Logger, event: EventEnvelope, applicationId: string, outcome: FollowOutcome): void {
  const context = { eventId: event.id, type: event.type, applicationId };
  switch (outcome.kind) {
    case 'moved':
      return logger.info({ ...context, stage: outcome.application.stage }, 'application stage moved by interview event');
    case 'closed':
      return logger.warn({ ...context, stage: outcome.stage }, 'interview event for a closed application ignored');
    case 'missing':
      return logger.warn(context, 'interview event for an unknown application ignored');
    default:
      return logger.debug({ ...context, outcome: outcome.kind }, 'interview event changed no stage');
  }
}
