import type { EventData, EventEnvelope, InterviewScheduled } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followInterviewEvent, panelOf, planInvitation } from '../app/follow-interviews';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** An invitation moves the application to the interview stage, records its round and lets its interviewers see it, in one write. */
export function interviewScheduledHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview } = event.data as EventData<typeof InterviewScheduled>;
    const input = { applicationId: interview.applicationId, event, interviewerIds: panelOf(interview) };
    const outcome = await followInterviewEvent(deps, input, planInvitation);
    logFollowOutcome(logger, event, interview.applicationId, outcome);
  };
}
