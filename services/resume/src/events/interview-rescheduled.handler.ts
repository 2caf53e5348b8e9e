import type { EventData, EventEnvelope, InterviewRescheduled } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followInterviewEvent, panelOf, planNoStageMove } from '../app/follow-interviews';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** A new panel's interviewers may see the application too; those dropped keep access. The stage stays. */
export function interviewRescheduledHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview } = event.data as EventData<typeof InterviewRescheduled>;
    const input = { applicationId: interview.applicationId, event, interviewerIds: panelOf(interview) };
    const outcome = await followInterviewEvent(deps, input, planNoStageMove);
    logFollowOutcome(logger, event, interview.applicationId, outcome);
  };
}
