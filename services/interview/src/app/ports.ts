import type { EventEnvelope } from '@hr/contracts';
import type { Interview, InterviewStatus, Round } from '../domain/interview';
import type { BookedInterview } from '../domain/schedule-conflicts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Someone the invitations reach. */
export interface Person {
  userId?: string;
  name: string;
  email?: string;
  locale: Locale;
}

export interface Interviewer extends Person {
  userId: string;
}

/**
 * What people read about an interview, copied in from the other services and the request when it is
 * scheduled, so that every event carries it and the notification service needs no lookups.
 */
export interface InterviewSnapshot {
  positionTitle: string;
  /** The requisition's department: its manager may read the interview and its evaluations. */
  departmentId?: string;
  candidate: Person;
  interviewers: Interviewer[];
  contact?: Person;
}

export interface InterviewRecord extends Interview {
  snapshot: InterviewSnapshot;
  /** Jobs that have sent their event (`reminder:<sequence>:<offset>`, `evaluation:<sequence>`), so a job run twice sends once. */
  noticesSent: string[];
}

export interface Page {
  page: number;
  pageSize: number;
}

export interface InterviewFilter {
  applicationId?: string;
  candidateId?: string;
  requisitionId?: string;
  interviewerId?: string;
  statuses?: InterviewStatus[];
  from?: Date;
  to?: Date;
  /** Narrows the list for callers who may not see everything: their department's and their own interviews. */
  visibleTo?: { userId: string; departmentId?: string };
  /** Started, still scheduled, and without this interviewer's evaluation. */
  awaitingEvaluationBy?: { userId: string; now: Date };
}

export interface SaveOptions {
  /** A job's marker: the write happens only if no earlier run stored it. */
  notice?: string;
}

export interface InterviewRepository {
  get(id: string): Promise<InterviewRecord | undefined>;
  /** Stores the state and its events in one write (version 0 creates); returns the record at its new version. */
  save(record: InterviewRecord, events: EventEnvelope[], options?: SaveOptions): Promise<InterviewRecord>;
  list(filter: InterviewFilter, page: Page, order: 'earliest' | 'latest'): Promise<{ items: InterviewRecord[]; total: number }>;
  /** Interviews, not cancelled, of any of these interviewers that start before `to` and may still run at `from`. */
  booked(interviewerIds: string[], from: Date, to: Date): Promise<BookedInterview[]>;
  /** Scheduled interviews of these applications in this round. */
  scheduledFor(applicationIds: string[], round: Round): Promise<InterviewRecord[]>;
  /** The rounds each of these applications has passed (completed with a pass), by application id. */
  passedRounds(applicationIds: string[]): Promise<Map<string, Round[]>>;
  /** Scheduled interviews starting after `since`: their jobs are planned again at start-up. */
  scheduledSince(since: Date): Promise<InterviewRecord[]>;
}

export interface ApplicationInfo {
  id: string;
  candidateId: string;
  requisitionId: string;
  stage: string;
}

export interface CandidateInfo {
  id: string;
  name: string;
  email?: string;
}

/** The resume service, asked as the caller. */
export interface ApplicationDirectory {
  application(id: string): Promise<ApplicationInfo>;
  candidate(id: string): Promise<CandidateInfo>;
}

export interface RequisitionInfo {
  id: string;
  positionTitle: string;
  departmentId: string;
}

/** The requisition service, asked as the caller. */
export interface RequisitionDirectory {
  requisition(id: string): Promise<RequisitionInfo>;
}

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface Invitation {
  /** The candidate's calendar: the company's organizer and the candidate alone, no staff address. */
  ics: string;
  /** The interviewers' calendar: the candidate and the whole panel. */
  interviewerIcs: string;
  method: InvitationMethod;
  confirmUrl?: string;
  declineUrl?: string;
}

export interface InvitationWriter {
  /** The RFC 5545 invitations at the record's sequence, with the candidate's signed links for a REQUEST. */
  write(record: InterviewRecord, method: InvitationMethod, now: Date): Invitation;
}

export type LinkAction = 'confirm' | 'decline';

export interface LinkClaims {
  interviewId: string;
  action: LinkAction;
  sequence: number;
  expiresAt: Date;
}

export interface ResponseLinkVerifier {
  /** Refuses a forged, malformed or expired token. */
  verify(token: string, now: Date): LinkClaims;
  /** Refuses a link used for another interview, answer or version of the interview. */
  assertFor(claims: LinkClaims, expected: { interviewId: string; action: LinkAction; sequence: number }): void;
}

/** Reminders and the evaluation request of each interview, scheduled in the service's own database. */
export interface InterviewJobs {
  /** Replaces whatever was planned for the interview with what its current state needs. */
  plan(record: InterviewRecord): Promise<void>;
  cancel(interviewId: string): Promise<void>;
}

export interface InterviewDeps {
  interviews: InterviewRepository;
  applications: ApplicationDirectory;
  requisitions: RequisitionDirectory;
  invitations: InvitationWriter;
  links: ResponseLinkVerifier;
  jobs: InterviewJobs;
  roundOrder: readonly Round[];
  /** The company's zone (IANA), for interviews scheduled without one. */
  defaultTimeZone: string;
  now: () => Date;
  newId: () => string;
}
