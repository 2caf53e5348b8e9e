import type { Evaluation } from './evaluation';
import type { RoundResult } from './round-result';
import type { RoundSkip } from './round-sequence';

export const ROUNDS = ['first', 'second', 'final', 'hr'] as const;
export type Round = (typeof ROUNDS)[number];

export const INTERVIEW_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const CANDIDATE_RESPONSES = ['pending', 'confirmed', 'declined'] as const;
export type CandidateResponse = (typeof CANDIDATE_RESPONSES)[number];

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export type InterviewFormat =
  | { kind: 'onsite'; address: string; room: string }
  | { kind: 'video'; link: string }
  | { kind: 'phone'; number: string };

export type NoShowParty = 'candidate' | 'interviewer';

export interface NoShow {
  who: NoShowParty;
  recordedBy: string;
  at: Date;
}

export interface Cancellation {
  reason: string;
  by: string;
  at: Date;
}

export interface RoundClosure {
  by: string;
  at: Date;
}

export interface Interview {
  id: string;
  applicationId: string;
  candidateId: string;
  requisitionId: string;
  round: Round;
  /** Instant in UTC; `timeZone` only decides how it is shown and written into invitations. */
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  format: InterviewFormat;
  interviewerIds: string[];
  noteToCandidate?: string;
  /** HR scheduled this round although the application had not passed these earlier ones. */
  skippedRounds?: RoundSkip;
  status: InterviewStatus;
  /** iCalendar SEQUENCE: calendars replace an invitation only when this grows. */
  sequence: number;
  candidateResponse: CandidateResponse;
  candidateRespondedAt?: Date;
  noShow?: NoShow;
  cancellation?: Cancellation;
  evaluations: Evaluation[];
  result?: RoundResult;
  /** Set by HR; evaluations can no longer be amended once the round is closed. */
  roundClosed?: RoundClosure;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function endsAt(interview: Pick<Interview, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
}

export function isAssignedInterviewer(interview: Pick<Interview, 'interviewerIds'>, userId: string): boolean {
  return interview.interviewerIds.includes(userId);
}
