import { NoShowRecorded } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { NoShowParty } from '../domain/interview';
import { recordNoShow as record } from '../domain/interview-lifecycle';
import { interviewEvent, interviewRef } from './interview-events';
import { applied, loadInterview, retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord } from './ports';

/** HR or an interviewer of the interview records who did not come; it counts in the statistics. */
export function recordNoShow(deps: InterviewDeps, input: { interviewId: string; who: NoShowParty }, principal: Principal): Promise<InterviewRecord> {
  return retryOnConflict(async () => {
    const now = deps.now();
    const current = await loadInterview(deps, input.interviewId);
    const next = applied(current, record(current, input.who, principal, now));
    const data = { ...interviewRef(next), round: next.round, who: input.who, recordedBy: principal.userId };
    return deps.interviews.save(next, [interviewEvent(NoShowRecorded, data, now, principal)]);
  });
}
