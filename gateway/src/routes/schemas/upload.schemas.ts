import { z } from 'zod';
import { problemSchema } from '../../openapi/problem.schema';
import { intakeFields } from './candidate.schemas';
import { sourcingInput } from './candidate-profile.schemas';
import { serviceIdSchema } from './common.schemas';

export const MAX_UPLOAD_FILES = 20;

/** The text parts beside `files`; the inviting HR is the caller. */
export const uploadFields = z.strictObject({
  ...sourcingInput.shape,
  requisitionId: serviceIdSchema.optional().describe('Also apply each person to this open requisition'),
  candidateId: serviceIdSchema.optional().describe('Attach the file(s) to this candidate instead of detecting the person'),
});

const acceptedFile = z.object({ filename: z.string(), ok: z.literal(true), ...intakeFields });
const refusedFile = z.object({
  filename: z.string(),
  ok: z.literal(false),
  problem: problemSchema.describe('Why this file was refused, e.g. 409 CANDIDATE_BLACKLISTED'),
});

export const uploadBatchSchema = z
  .object({
    results: z.array(z.discriminatedUnion('ok', [acceptedFile, refusedFile])).describe('One per file, in the order sent'),
    accepted: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'UploadBatch' });
