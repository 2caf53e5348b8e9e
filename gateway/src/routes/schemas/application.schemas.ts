import { z } from 'zod';
import { commaList, objectIdSchema, pageQueryShape, serviceIdSchema, timestamp, versionNumber } from './common.schemas';
import { sourcingInput, sourcingSchema } from './candidate-profile.schemas';

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
    source: sourcingSchema.optional(),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Application' });
