import type { EventData, EventEnvelope, InterviewScheduled } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followInterviewEvent, planInvitation } from '../app/follow-interviews';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** An invitation moves the application to the interview stage (HR's rules, history and event follow). */
export function interviewScheduledHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview } = event.data as EventData<typeof InterviewScheduled>;
    const outcome = await followInterviewEvent(deps, { applicationId: interview.applicationId, event }, planInvitation);
    logFollowOutcome(logger, event, interview.applicationId, outcome);
  };
}
