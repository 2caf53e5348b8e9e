import type { Principal } from '@hr/workflow';
import { HrDecisionInput, closeRound as close, decideRoundByHr } from '../domain/round-result';
import { roundDecidedEvent } from './interview-events';
import { applied, loadInterview, retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord } from './ports';

/** HR decides the round (before everyone submitted, or over the automatic result) and so closes it. */
export function decideRound(deps: InterviewDeps, input: { interviewId: string } & HrDecisionInput, principal: Principal): Promise<InterviewRecord> {
  return retryOnConflict(async () => {
    const now = deps.now();
    const current = await loadInterview(deps, input.interviewId);
    const { interview, result } = decideRoundByHr(current, input, principal, now, deps.roundOrder);
    const record = applied(current, interview);
    return deps.interviews.save(record, [roundDecidedEvent(record, result, now, principal)]);
  });
}

/** HR accepts the automatic result as it stands; the evaluations are frozen from then on. */
export function closeRound(deps: InterviewDeps, interviewId: string, principal: Principal): Promise<InterviewRecord> {
  return retryOnConflict(async () => {
    const current = await loadInterview(deps, interviewId);
    return deps.interviews.save(applied(current, close(current, principal, deps.now())), []);
  });
}
