import type { EventData, EventEnvelope, InterviewCancelled } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followInterviewEvent, planNoStageMove } from '../app/follow-interviews';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** A cancelled interview leaves the stage where it is; its round is marked cancelled on the application. */
export function interviewCancelledHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview } = event.data as EventData<typeof InterviewCancelled>;
    const outcome = await followInterviewEvent(deps, { applicationId: interview.applicationId, event }, planNoStageMove);
    logFollowOutcome(logger, event, interview.applicationId, outcome);
  };
}
