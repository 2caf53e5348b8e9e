import { InterviewCancelled } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import { cancelInterview as cancel } from '../domain/interview-lifecycle';
import { interviewEvent, interviewSnapshot } from './interview-events';
import { applied, loadInterview, retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord } from './ports';

/** Cancels an interview: a CANCEL for the same UID at a higher SEQUENCE, and no more reminders. */
export async function cancelInterview(deps: InterviewDeps, input: { id: string; reason: string }, principal: Principal): Promise<InterviewRecord> {
  const saved = await retryOnConflict(async () => {
    const now = deps.now();
    const current = await loadInterview(deps, input.id);
    const record = applied(current, cancel(current, input.reason, principal, now));
    const invitation = deps.invitations.write(record, 'CANCEL', now);
    const data = { interview: interviewSnapshot(record), invitation, reason: record.cancellation!.reason };
    return deps.interviews.save(record, [interviewEvent(InterviewCancelled, data, now, principal)]);
  });
  await deps.jobs.cancel(saved.id);
  return saved;
}
