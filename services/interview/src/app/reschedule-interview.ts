import { InterviewRescheduled } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import { InterviewFormat, endsAt } from '../domain/interview';
import { rescheduleInterview as reschedule } from '../domain/interview-lifecycle';
import { assertNoConflicts, findConflicts } from '../domain/schedule-conflicts';
import { interviewEvent, interviewSnapshot } from './interview-events';
import { applied, loadInterview } from './load-interview';
import { validateInterviewers } from './participants';
import type { InterviewDeps, InterviewRecord, Interviewer } from './ports';

export interface RescheduleRequest {
  id: string;
  /** The version the caller read; 0 skips the check. */
  expectedVersion: number;
  startsAt: Date;
  durationMinutes?: number;
  timeZone?: string;
  format?: InterviewFormat;
  /** Empty keeps the current interviewers. */
  interviewers: Partial<Interviewer>[];
  noteToCandidate?: string;
  overrideConflicts: boolean;
}

/** Moves an interview: same UID, higher SEQUENCE, the candidate asked again, the jobs planned anew. */
export async function rescheduleInterview(deps: InterviewDeps, request: RescheduleRequest, principal: Principal): Promise<InterviewRecord> {
  const now = deps.now();
  const current = await loadInterview(deps, request.id);
  if (request.expectedVersion && request.expectedVersion !== current.version) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the interview changed since it was read; reload and retry');
  }
  const interviewers = request.interviewers.length ? validateInterviewers(request.interviewers) : current.snapshot.interviewers;
  const { id: _id, expectedVersion: _version, interviewers: _given, overrideConflicts, ...changes } = request;
  const moved = applied(current, reschedule(current, { ...changes, interviewerIds: interviewers.map((i) => i.userId) }, principal, now));
  const record: InterviewRecord = { ...moved, snapshot: { ...moved.snapshot, interviewers } };
  const booked = await deps.interviews.booked(record.interviewerIds, record.startsAt, endsAt(record));
  assertNoConflicts(findConflicts({ ...record, interviewId: record.id }, booked), overrideConflicts);
  const invitation = deps.invitations.write(record, 'REQUEST', now);
  const data = { interview: interviewSnapshot(record), invitation, previousStartsAt: current.startsAt.toISOString() };
  const saved = await deps.interviews.save(record, [interviewEvent(InterviewRescheduled, data, now, principal)]);
  await deps.jobs.plan(saved);
  return saved;
}
