import { DomainError, Principal } from '@hr/workflow';
import { CandidateResponse, Interview, InterviewFormat, NoShowParty, Round, isAssignedInterviewer } from './interview';
import { isHr } from './interview-access';
import { interviewStatus } from './interview-status';
import type { RoundSkip } from './round-sequence';
import { SlotInput, requireText, validateNote, validateRound, validateSlot } from './interview-validation';

export interface ScheduleInput extends SlotInput {
  id: string;
  applicationId: string;
  candidateId: string;
  requisitionId: string;
  round: Round;
  noteToCandidate?: string;
  /** Checked by planRoundSkips before: the earlier rounds HR chose to pass over. */
  skippedRounds?: RoundSkip;
}

export interface RescheduleInput {
  startsAt: Date;
  durationMinutes?: number;
  timeZone?: string;
  format?: InterviewFormat;
  interviewerIds?: string[];
  noteToCandidate?: string;
}

function requireHr(principal: Principal, action: string): void {
  if (!isHr(principal)) throw DomainError.forbidden('NOT_HR', `only HR may ${action} an interview`);
}

function requireScheduled(interview: Interview, action: string): void {
  if (interview.status !== 'scheduled') {
    throw DomainError.conflict('INTERVIEW_NOT_SCHEDULED', `a ${interview.status} interview cannot be ${action}`);
  }
}

export function scheduleInterview(input: ScheduleInput, principal: Principal, now: Date): Interview {
  requireHr(principal, 'schedule');
  return {
    id: requireText('id', input.id),
    applicationId: requireText('applicationId', input.applicationId),
    candidateId: requireText('candidateId', input.candidateId),
    requisitionId: requireText('requisitionId', input.requisitionId),
    round: validateRound(input.round),
    ...validateSlot(input, now),
    noteToCandidate: validateNote(input.noteToCandidate),
    skippedRounds: input.skippedRounds,
    status: 'scheduled',
    sequence: 0,
    candidateResponse: 'pending',
    evaluations: [],
    createdBy: principal.userId,
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
}

export function rescheduleInterview(interview: Interview, input: RescheduleInput, principal: Principal, now: Date): Interview {
  requireHr(principal, 'reschedule');
  requireScheduled(interview, 'rescheduled');
  if (interview.evaluations.length > 0) {
    throw DomainError.conflict('EVALUATIONS_SUBMITTED', 'an interview that has evaluations cannot be moved');
  }
  const slot = validateSlot({ ...interview, ...definedOnly(input) }, now);
  const note = input.noteToCandidate === undefined ? interview.noteToCandidate : validateNote(input.noteToCandidate);
  return {
    ...interview,
    ...slot,
    noteToCandidate: note,
    sequence: interview.sequence + 1,
    // The candidate answered for the old time; they must answer again.
    candidateResponse: 'pending',
    candidateRespondedAt: undefined,
    noShow: undefined,
    updatedAt: now,
  };
}

export function cancelInterview(interview: Interview, reason: string, principal: Principal, now: Date): Interview {
  requireHr(principal, 'cancel');
  const text = requireText('reason', reason);
  interviewStatus.assert(interview.status, 'cancelled');
  return {
    ...interview,
    status: 'cancelled',
    sequence: interview.sequence + 1,
    cancellation: { reason: text, by: principal.userId, at: now },
    updatedAt: now,
  };
}

export function recordNoShow(interview: Interview, who: NoShowParty, principal: Principal, now: Date): Interview {
  if (!isHr(principal) && !isAssignedInterviewer(interview, principal.userId)) {
    throw DomainError.forbidden('NOT_HR_OR_ASSIGNED_INTERVIEWER', 'only HR or an interviewer of this interview may record a no-show');
  }
  if (who !== 'candidate' && who !== 'interviewer') throw DomainError.invalid('who', 'enum', { values: ['candidate', 'interviewer'] });
  requireScheduled(interview, 'marked as a no-show');
  if (now.getTime() < interview.startsAt.getTime()) {
    throw DomainError.conflict('INTERVIEW_NOT_STARTED', 'a no-show can be recorded only once the interview has started');
  }
  if (interview.noShow) throw DomainError.conflict('NO_SHOW_ALREADY_RECORDED', 'a no-show is already recorded');
  return { ...interview, noShow: { who, recordedBy: principal.userId, at: now }, updatedAt: now };
}

/** The candidate answers through a signed link; the link itself is checked in infra. */
export function respondAsCandidate(interview: Interview, response: Exclude<CandidateResponse, 'pending'>, now: Date): Interview {
  if (response !== 'confirmed' && response !== 'declined') {
    throw DomainError.invalid('response', 'enum', { values: ['confirmed', 'declined'] });
  }
  requireScheduled(interview, response);
  if (now.getTime() >= interview.startsAt.getTime()) {
    throw DomainError.conflict('INTERVIEW_STARTED', 'the interview has already started');
  }
  return { ...interview, candidateResponse: response, candidateRespondedAt: now, updatedAt: now };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
