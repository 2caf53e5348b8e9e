import { z } from 'zod';
import { canonicalTimeZone } from '../../i18n/time-zone';
import { LOCALES } from '../../i18n/messages';
import { booleanQuery, commaList, objectIdSchema, pageQueryShape, serviceIdSchema, timestamp, nameText, trimmed, versionNumber } from './common.schemas';
import { phoneSchema } from './user.schemas';

export const ROUNDS = ['first', 'second', 'final', 'hr'] as const;
export const INTERVIEW_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export const CANDIDATE_RESPONSES = ['pending', 'confirmed', 'declined'] as const;
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;
export const MAX_APPLICATIONS_PER_INVITATION = 50;
export const MAX_INTERVIEWERS = 20;

export const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time with its offset, e.g. 2026-03-05T14:00:00+08:00');

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => canonicalTimeZone(zone) !== undefined, { params: { rule: 'iana' } })
  .transform((zone) => canonicalTimeZone(zone)!)
  .describe('IANA time zone the invitation is written in (default: the company time zone)');

export const formatInput = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('onsite'), address: nameText(300), room: nameText(100) }),
    z.strictObject({
      kind: z.literal('video'),
      link: z.url({ protocol: /^https$/, message: 'https_url' }).max(2000).describe('The meeting link (https only)'),
    }),
    z.strictObject({ kind: z.literal('phone'), number: phoneSchema }),
  ])
  .describe('onsite: address and room; video: an https link; phone: a mainland number')
  .meta({ id: 'InterviewFormatInput' });

const interviewerIds = z
  .array(objectIdSchema)
  .min(1)
  .max(MAX_INTERVIEWERS)
  .describe('Users who interview: each active and holding interviewer, dept_manager, hr or hr_manager');
const durationMinutes = z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES).describe('Length of the interview in minutes');
const note = z.string().trim().max(2000).describe('Shown to the candidate in the invitation');
const overrideConflicts = z
  .boolean()
  .default(false)
  .describe('Book interviewers although they have another interview then (after a 409 INTERVIEWER_CONFLICT)');

const skipRounds = z
  .strictObject({ reason: trimmed(500).describe('Why the application goes on without the earlier rounds (recorded on the interview and the timeline)') })
  .describe(
    'Schedule the round although an application has not passed the rounds before it in the configured order ' +
      '(otherwise 409 EARLIER_ROUND_NOT_PASSED). Ignored for an application that skips nothing.',
  );

export const inviteBody = z.strictObject({
  applicationIds: z
    .array(serviceIdSchema)
    .min(1)
    .max(MAX_APPLICATIONS_PER_INVITATION)
    .transform((ids) => [...new Set(ids)])
    .describe('One interview is scheduled per application, all in this slot'),
  round: z.enum(ROUNDS),
  startsAt: instant,
  durationMinutes,
  timeZone: timeZoneSchema.optional(),
  format: formatInput,
  interviewerIds,
  noteToCandidate: note.optional(),
  candidateLocale: z.enum(LOCALES).optional().describe("Language of the candidate's e-mails and response page (default zh-CN)"),
  overrideConflicts,
  skipRounds: skipRounds.optional(),
});

export const rescheduleBody = z.strictObject({
  expectedVersion: versionNumber(0).optional().describe('The version you read; a change in between answers 409'),
  startsAt: instant,
  durationMinutes: durationMinutes.optional().describe('Omitted: unchanged'),
  timeZone: timeZoneSchema.optional().describe('Omitted: unchanged'),
  format: formatInput.optional().describe('Omitted: unchanged'),
  interviewerIds: interviewerIds.optional().describe('Omitted: the same interviewers'),
  noteToCandidate: note.optional().describe('Omitted: unchanged'),
  overrideConflicts,
});

export const cancelBody = z.strictObject({ reason: trimmed(500).describe('Told to the candidate and the interviewers') });
export const noShowBody = z.strictObject({ who: z.enum(['candidate', 'interviewer']).describe('Who did not come') });
export const decisionBody = z.strictObject({
  outcome: z.enum(['pass', 'fail']),
  overrideFailures: z.boolean().default(false).describe('Pass although an interviewer said fail (recorded as overridden)'),
});

const rangeRule = { path: ['to'], params: { rule: 'gte_from', from: 'from' } };
const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to);
const statusList = commaList(z.enum(INTERVIEW_STATUSES)).optional().describe(`Comma-separated statuses: ${INTERVIEW_STATUSES.join(', ')}`);

export const listInterviewsQuery = z
  .object({
    applicationId: serviceIdSchema.optional(),
    candidateId: serviceIdSchema.optional(),
    requisitionId: serviceIdSchema.optional(),
    interviewerId: objectIdSchema.optional(),
    status: statusList,
    from: instant.optional().describe('Interviews starting at or after'),
    to: instant.optional().describe('Interviews starting before'),
    ...pageQueryShape,
  })
  .refine(inOrder, rangeRule);

export const myInterviewsQuery = z.object({
  status: statusList,
  awaitingMyEvaluation: booleanQuery.optional().describe('Only interviews still waiting for your evaluation'),
  ...pageQueryShape,
});

const formatSchema = z
  .object({
    kind: z.enum(['onsite', 'video', 'phone']),
    address: z.string().optional(),
    room: z.string().optional(),
    link: z.string().optional(),
    number: z.string().optional(),
  })
  .meta({ id: 'InterviewFormat' });

export const interviewSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    candidateId: z.string(),
    requisitionId: z.string(),
    departmentId: z.string().optional(),
    positionTitle: z.string(),
    candidateName: z.string(),
    round: z.enum(ROUNDS),
    startsAt: timestamp,
    endsAt: timestamp,
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    format: formatSchema,
    interviewers: z.array(z.object({ userId: z.string(), name: z.string() })),
    noteToCandidate: z.string().optional(),
    skippedRounds: z
      .object({ rounds: z.array(z.enum(ROUNDS)), reason: z.string(), by: z.string(), at: timestamp.optional() })
      .optional()
      .describe('The earlier rounds HR passed over to schedule this one, why, by whom and when'),
    status: z.enum(INTERVIEW_STATUSES),
    sequence: z.number().int().describe('iCalendar SEQUENCE of the invitation'),
    candidateLocale: z.enum(LOCALES),
    candidateResponse: z.enum(CANDIDATE_RESPONSES),
    candidateRespondedAt: timestamp.optional(),
    noShow: z.object({ who: z.enum(['candidate', 'interviewer']), recordedBy: z.string(), at: timestamp.optional() }).optional(),
    cancellationReason: z.string().optional(),
    result: z
      .object({
        outcome: z.enum(['pass', 'fail']),
        next: z.enum(['next_round', 'offer', 'rejected']),
        nextRound: z.enum(ROUNDS).optional(),
        reasonCode: z.string().optional(),
        decidedBy: z.enum(['all_submitted', 'hr']),
        decidedByUserId: z.string().optional(),
        decidedAt: timestamp.optional(),
        overridden: z.boolean(),
      })
      .optional()
      .describe('The round result, once every interviewer submitted or HR decided'),
    roundClosed: z.boolean().describe('HR closed the round: evaluations can no longer be amended'),
    submittedInterviewerIds: z.array(z.string()).describe('Interviewers who have submitted their evaluation'),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Interview' });
