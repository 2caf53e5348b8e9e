import { InterviewScheduled } from '@hr/contracts';
import { DomainError, Principal, violation } from '@hr/workflow';
import { InterviewFormat, Round, endsAt } from '../domain/interview';
import { isHr } from '../domain/interview-access';
import { scheduleInterview } from '../domain/interview-lifecycle';
import { validateRound, validateSlot } from '../domain/interview-validation';
import { SkipRoundsRequest, planRoundSkips } from '../domain/round-sequence';
import { assertNoConflicts, findConflicts } from '../domain/schedule-conflicts';
import { interviewEvent, interviewSnapshot } from './interview-events';
import { validateContact, validateInterviewers, validateLocale } from './participants';
import type { InterviewDeps, InterviewRecord, InterviewSnapshot, Interviewer, Person, RequisitionInfo } from './ports';

export interface ScheduleRequest {
  applicationIds: string[];
  round: Round;
  startsAt: Date;
  durationMinutes: number;
  timeZone?: string;
  format: InterviewFormat;
  interviewers: Partial<Interviewer>[];
  noteToCandidate?: string;
  /** HR has seen the conflicts and books the interviewers anyway. */
  overrideConflicts: boolean;
  candidateLocale?: string;
  contact?: Partial<Person>;
  /** HR schedules the round although an application has not passed the ones before it (recorded). */
  skipRounds?: SkipRoundsRequest;
}

export const MAX_APPLICATIONS_PER_CALL = 50;
/** An application in one of these stages is finished: nobody is invited any more. */
const CLOSED_STAGES = ['hired', 'rejected', 'withdrawn'];

function applicationIdsOf(request: ScheduleRequest): string[] {
  const ids = [...new Set(request.applicationIds.map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0) throw DomainError.invalid('applicationIds', 'required');
  if (ids.length > MAX_APPLICATIONS_PER_CALL) {
    throw DomainError.invalid('applicationIds', 'max_items', { max: MAX_APPLICATIONS_PER_CALL });
  }
  return ids;
}

/** Everything a person typed, checked before anything is looked up or booked. */
function validateRequest(request: ScheduleRequest, principal: Principal, now: Date, defaultTimeZone: string) {
  const interviewers = validateInterviewers(request.interviewers);
  return {
    applicationIds: applicationIdsOf(request),
    round: validateRound(request.round),
    interviewers,
    slot: validateSlot({ ...request, timeZone: request.timeZone || defaultTimeZone, interviewerIds: interviewers.map((i) => i.userId) }, now),
    candidateLocale: validateLocale(request.candidateLocale, 'candidateLocale'),
    contact: validateContact(request.contact, principal),
  };
}

/** HR invites one or more applications to the same slot: one interview each, with the same interviewers. */
export async function scheduleInterviews(deps: InterviewDeps, request: ScheduleRequest, principal: Principal): Promise<InterviewRecord[]> {
  if (!isHr(principal)) throw DomainError.forbidden('NOT_HR', 'only HR may schedule an interview');
  const now = deps.now();
  const { applicationIds, round, interviewers, slot, candidateLocale, contact } = validateRequest(request, principal, now, deps.defaultTimeZone);
  await assertNotScheduledYet(deps, applicationIds, round);
  const sequence = { round, applicationIds, passed: await deps.interviews.passedRounds(applicationIds), skip: request.skipRounds };
  const skips = planRoundSkips(sequence, deps.roundOrder, principal, now);
  const conflicts = findConflicts(slot, await deps.interviews.booked(slot.interviewerIds, slot.startsAt, endsAt(slot)));
  assertNoConflicts(conflicts, request.overrideConflicts);
  const requisitions = new Map<string, Promise<RequisitionInfo>>();
  const records: InterviewRecord[] = [];
  for (const applicationId of applicationIds) {
    const { refs, positionTitle, departmentId, candidate } = await lookUp(deps, applicationId, requisitions);
    const input = { ...slot, ...refs, id: deps.newId(), round, noteToCandidate: request.noteToCandidate, skippedRounds: skips.get(applicationId) };
    const core = scheduleInterview(input, principal, now);
    const snapshot: InterviewSnapshot = { positionTitle, departmentId, candidate: { ...candidate, locale: candidateLocale }, interviewers, contact };
    records.push({ ...core, snapshot, noticesSent: [] });
  }
  const saved: InterviewRecord[] = [];
  for (const record of records) saved.push(await deps.interviews.save(record, [scheduledEvent(deps, record, now, principal)]));
  for (const record of saved) await deps.jobs.plan(record);
  return saved;
}

async function assertNotScheduledYet(deps: InterviewDeps, applicationIds: string[], round: Round): Promise<void> {
  const existing = await deps.interviews.scheduledFor(applicationIds, round);
  if (existing.length === 0) return;
  const violations = existing.map((e) => violation('applicationIds', 'scheduled', { id: e.applicationId, interview: e.id }));
  throw new DomainError('failed_precondition', 'INTERVIEW_ALREADY_SCHEDULED', violations.map((v) => v.message).join('; '), violations);
}

/** Looks the application, its candidate and its requisition up as the caller (their access applies). */
async function lookUp(deps: InterviewDeps, applicationId: string, requisitions: Map<string, Promise<RequisitionInfo>>) {
  const application = await deps.applications.application(applicationId);
  if (CLOSED_STAGES.includes(application.stage)) {
    throw DomainError.conflict('APPLICATION_CLOSED', `application ${applicationId} is ${application.stage}; nobody is invited any more`);
  }
  const { candidateId, requisitionId } = application;
  const candidate = await deps.applications.candidate(candidateId);
  if (!requisitions.has(requisitionId)) requisitions.set(requisitionId, deps.requisitions.requisition(requisitionId));
  const requisition = await requisitions.get(requisitionId)!;
  return {
    refs: { applicationId, candidateId, requisitionId },
    positionTitle: requisition.positionTitle,
    departmentId: requisition.departmentId || undefined,
    candidate: { name: candidate.name, email: candidate.email },
  };
}

function scheduledEvent(deps: InterviewDeps, record: InterviewRecord, now: Date, principal: Principal) {
  const invitation = deps.invitations.write(record, 'REQUEST', now);
  const skipped = record.skippedRounds && { rounds: record.skippedRounds.rounds, reason: record.skippedRounds.reason };
  return interviewEvent(InterviewScheduled, { interview: interviewSnapshot(record), invitation, skippedRounds: skipped }, now, principal);
}
