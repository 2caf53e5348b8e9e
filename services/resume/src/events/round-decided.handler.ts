import type { EventData, EventEnvelope, RoundDecided } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { followInterviewEvent, planRoundDecision } from '../app/follow-interviews';
import type { ResumeDeps } from '../app/ports';
import { logFollowOutcome } from './log-follow-outcome';

/** A round's result is kept on the application and moves it to the offer stage or rejects it; another round moves no stage. */
export function roundDecidedHandler(deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof RoundDecided>;
    const outcome = await followInterviewEvent(deps, { applicationId: data.applicationId, event }, (stage) => planRoundDecision(stage, data));
    logFollowOutcome(logger, event, data.applicationId, outcome);
  };
}
