import { z } from 'zod';
import { commaList, objectIdSchema, pageQueryShape, serviceIdSchema, timestamp, versionNumber } from './common.schemas';
import { sourcingInput, sourcingSchema } from './candidate-profile.schemas';
import { ROUNDS } from './interview.schemas';

export const APPLICATION_STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;

export const createApplicationBody = z.strictObject({
  candidateId: serviceIdSchema,
  requisitionId: serviceIdSchema.describe('Must be an open requisition'),
  source: sourcingInput.default({}),
});

export const listApplicationsQuery = z.object({
  candidateId: serviceIdSchema.optional(),
  requisitionId: serviceIdSchema.optional(),
  stage: commaList(z.enum(APPLICATION_STAGES)).optional().describe(`Comma-separated stages: ${APPLICATION_STAGES.join(', ')}`),
  interviewerId: objectIdSchema.optional(),
  ...pageQueryShape,
});

export const changeStageBody = z.strictObject({
  toStage: z.enum(APPLICATION_STAGES),
  reasonCode: z
    .string()
    .regex(/^[a-z0-9_]{1,50}$/, 'code_slug')
    .optional()
    .describe('Why it was rejected or withdrawn (required by the service for those stages)'),
  comment: z.string().trim().max(2000).optional(),
  expectedVersion: versionNumber(1).optional().describe('The version you read; a change in between answers 409'),
});

export const assignInterviewersBody = z.strictObject({
  interviewerIds: z.array(objectIdSchema).max(20).describe('Replaces the assigned interviewers (users with the interviewer role)'),
});

const applicationRoundSchema = z
  .object({
    interviewId: z.string(),
    round: z.enum(ROUNDS),
    status: z.enum(['scheduled', 'passed', 'failed', 'cancelled']),
    nextRound: z.enum(ROUNDS).optional().describe('After a pass: the round that follows (absent when the pass leads to the offer)'),
    decidedAt: timestamp.optional(),
    skippedRounds: z
      .object({ rounds: z.array(z.enum(ROUNDS)), reason: z.string() })
      .optional()
      .describe('The earlier rounds HR passed over to schedule this one, and why'),
    updatedAt: timestamp.optional(),
  })
  .meta({ id: 'ApplicationRound' });

export const applicationSchema = z
  .object({
    id: z.string(),
    candidateId: z.string(),
    requisitionId: z.string(),
    stage: z.enum(APPLICATION_STAGES),
    stageHistory: z.array(
      z.object({
        fromStage: z.string().optional().describe('Absent for the first stage'),
        toStage: z.string(),
        reasonCode: z.string().optional(),
        comment: z.string().optional(),
        by: z.string(),
        at: timestamp.optional(),
      }),
    ),
    interviewerIds: z.array(z.string()),
    currentRound: applicationRoundSchema
      .optional()
      .describe('The interview round the application is in: the latest scheduled one that was not cancelled (absent before any)'),
    rounds: z.array(applicationRoundSchema).describe('Every interview round of the application, in the order they were scheduled'),
    source: sourcingSchema.optional(),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Application' });
