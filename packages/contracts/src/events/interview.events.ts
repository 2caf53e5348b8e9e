import { z } from 'zod';
import { defineEvent } from './envelope';

export const INTERVIEW_ROUNDS = ['first', 'second', 'final', 'hr'] as const;
export const NOTIFICATION_LOCALES = ['zh-CN', 'en'] as const;

const interviewRef = {
  interviewId: z.string(),
  applicationId: z.string(),
  candidateId: z.string(),
  requisitionId: z.string(),
};

export const interviewFormatSchema = z.object({
  kind: z.enum(['onsite', 'video', 'phone']),
  address: z.string().optional(),
  room: z.string().optional(),
  link: z.string().optional(),
  number: z.string().optional(),
});

/** Someone to tell: the interview service copies contacts in so that the notification service needs no lookups. */
export const participantSchema = z.object({
  userId: z.string().optional(),
  name: z.string(),
  email: z.string().optional(),
  locale: z.enum(NOTIFICATION_LOCALES),
});

/** An interview as the people invited to it see it, at one SEQUENCE of its invitation. */
export const interviewSnapshotSchema = z.object({
  ...interviewRef,
  departmentId: z.string().optional(),
  positionTitle: z.string(),
  round: z.enum(INTERVIEW_ROUNDS),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int().positive(),
  timeZone: z.string(),
  format: interviewFormatSchema,
  sequence: z.number().int().min(0),
  candidate: participantSchema,
  interviewers: z.array(participantSchema),
  contact: participantSchema.optional(),
  noteToCandidate: z.string().optional(),
});

/**
 * The RFC 5545 invitations and the candidate's signed answer links. `ics` is the candidate's: the
 * company's organizer and the candidate alone, no staff address. `interviewerIcs` is the panel's, with
 * every participant; events published before it existed have only `ics`.
 */
const invitationSchema = z.object({
  ics: z.string().min(1),
  interviewerIcs: z.string().min(1).optional(),
  method: z.enum(['REQUEST', 'CANCEL']),
  confirmUrl: z.string().optional(),
  declineUrl: z.string().optional(),
});

/** The rounds of the order HR passed over to schedule this one without them, and HR's reason. */
export const roundSkipSchema = z.object({ rounds: z.array(z.enum(INTERVIEW_ROUNDS)).min(1), reason: z.string().min(1) });

export const InterviewScheduled = defineEvent(
  'interview.interview.scheduled.v1',
  z.object({ interview: interviewSnapshotSchema, invitation: invitationSchema, skippedRounds: roundSkipSchema.optional() }),
);
export const InterviewRescheduled = defineEvent(
  'interview.interview.rescheduled.v1',
  z.object({ interview: interviewSnapshotSchema, invitation: invitationSchema, previousStartsAt: z.iso.datetime() }),
);
export const InterviewCancelled = defineEvent(
  'interview.interview.cancelled.v1',
  z.object({ interview: interviewSnapshotSchema, invitation: invitationSchema, reason: z.string() }),
);
/** Sent by the reminder job: `offsetMinutes` before the start. */
export const InterviewReminderDue = defineEvent(
  'interview.interview.reminder-due.v1',
  z.object({ interview: interviewSnapshotSchema, offsetMinutes: z.number().int().positive() }),
);
/** Sent by a job when the interview ends: the interviewers are asked for their evaluations. */
export const EvaluationRequested = defineEvent(
  'interview.interview.evaluation-requested.v1',
  z.object({ interview: interviewSnapshotSchema, pendingInterviewerIds: z.array(z.string()) }),
);
export const CandidateResponded = defineEvent(
  'interview.interview.candidate-responded.v1',
  z.object({ ...interviewRef, response: z.enum(['confirmed', 'declined']), comment: z.string().optional(), createdBy: z.string() }),
);
export const NoShowRecorded = defineEvent(
  'interview.interview.no-show-recorded.v1',
  z.object({ ...interviewRef, round: z.enum(INTERVIEW_ROUNDS), who: z.enum(['candidate', 'interviewer']), recordedBy: z.string() }),
);
export const EvaluationSubmitted = defineEvent(
  'interview.evaluation.submitted.v1',
  z.object({ ...interviewRef, round: z.enum(INTERVIEW_ROUNDS), interviewerId: z.string(), verdict: z.enum(['pass', 'fail']), amended: z.boolean() }),
);
/** The round's result: the resume service moves the application on or rejects it. */
export const RoundDecided = defineEvent(
  'interview.round.decided.v1',
  z.object({
    ...interviewRef,
    round: z.enum(INTERVIEW_ROUNDS),
    outcome: z.enum(['pass', 'fail']),
    next: z.enum(['next_round', 'offer', 'rejected']),
    nextRound: z.enum(INTERVIEW_ROUNDS).optional(),
    reasonCode: z.string().optional(),
    decidedBy: z.enum(['all_submitted', 'hr']),
    overridden: z.boolean(),
  }),
);
