import { z } from 'zod';
import { problemSchema } from '../../openapi/problem.schema';
import { pageQueryShape, serviceIdSchema, timestamp } from './common.schemas';
import { profileInput, sourcingInput } from './candidate-profile.schemas';

export const ingestResumeBody = z.strictObject({
  externalId: z
    .string()
    .regex(/^[A-Za-z0-9._:@-]{1,128}$/, 'external_id')
    .describe('Your id of this resume: posting it again returns the same ids and duplicates nothing'),
  profile: profileInput.optional().describe('The structured resume (with or instead of a file)'),
  requisitionId: serviceIdSchema.optional().describe('An open requisition from GET /open/v1/requisitions'),
  sourcing: sourcingInput.pick({ channel: true, detail: true }).optional(),
});

export const ingestResultSchema = z
  .object({
    candidateId: z.string(),
    applicationId: z.string().optional(),
    replayed: z.boolean().describe('true when this external id was posted before: nothing new was stored'),
    parseFailed: z.boolean().describe('The file could not be parsed; it is stored and HR enters the fields'),
  })
  .meta({ id: 'IngestResult' });

export const MAX_INGEST_BATCH = 100;

export const ingestBatchBody = z.strictObject({
  resumes: z
    .array(ingestResumeBody.omit({ profile: true }).extend({ profile: profileInput }))
    .min(1)
    .max(MAX_INGEST_BATCH)
    .describe(`1 to ${MAX_INGEST_BATCH} structured resumes (files go one per post to POST /open/v1/resumes)`),
});

const batchItemResult = z.object({
  externalId: z.string(),
  status: z.number().int().describe("What this resume's own post would have answered: 201 stored, 200 posted before, or the problem's status"),
  candidateId: z.string().optional(),
  applicationId: z.string().optional(),
  replayed: z.boolean(),
  problem: problemSchema.optional().describe('Why this resume was refused, e.g. 409 CANDIDATE_BLACKLISTED'),
});

export const ingestBatchResultSchema = z
  .object({
    results: z.array(batchItemResult).describe('One per resume, in the order sent'),
    stored: z.number().int(),
    replayed: z.number().int(),
    refused: z.number().int(),
  })
  .meta({ id: 'IngestBatchResult' });

export const openRequisitionsQuery = z.object({ ...pageQueryShape });

export const openRequisitionSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    positionTitle: z.string(),
    headcount: z.number().int(),
    workLocation: z.string(),
    urgency: z.string(),
    desiredStartDate: timestamp.optional(),
  })
  .meta({ id: 'OpenRequisition' });
