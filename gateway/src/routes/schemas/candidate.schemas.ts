import { z } from 'zod';
import { labelText, pageQueryShape, serviceIdSchema, timestamp, trimmed } from './common.schemas';
import { applicationSchema } from './application.schemas';
import { profileInput, profileSchema, sourcingInput, sourcingSchema } from './candidate-profile.schemas';

export const CANDIDATE_STATUSES = ['active', 'archived', 'blacklisted', 'hired', 'former_employee'] as const;
export const INTAKE_OUTCOMES = ['created', 'attached', 'suggested_merge'] as const;

const label = labelText(50);
const reason = trimmed(500);

export const createCandidateBody = z.strictObject({
  profile: profileInput,
  source: sourcingInput.default({}),
  requisitionId: serviceIdSchema.optional().describe('Also apply to this open requisition'),
  tags: z.array(label).max(50).default([]),
  categories: z.array(label).max(20).default([]),
});

export const classifyBody = z.strictObject({
  tags: z.array(label).max(50).describe('Replaces the tags'),
  categories: z.array(label).max(20).describe('Replaces the categories (talent pools)'),
});
export const reasonBody = z.strictObject({ reason });
export const mergeBody = z.strictObject({ sourceId: serviceIdSchema.describe('The duplicate, merged into the candidate of the path') });

export const candidateFileParams = z.object({ id: serviceIdSchema, fileId: serviceIdSchema });

const resumeFileSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    kind: z.enum(['pdf', 'docx', 'doc', 'text', 'image']).or(z.string()),
    parseStatus: z.string().describe('parsed | failed | stored'),
    uploadedBy: z.string(),
    uploadedAt: timestamp.optional(),
  })
  .meta({ id: 'ResumeFile' });

export const candidateSchema = z
  .object({
    id: z.string(),
    profile: profileSchema.optional(),
    phones: z.array(z.string()),
    emails: z.array(z.string()),
    tags: z.array(z.string()),
    categories: z.array(z.string()),
    source: sourcingSchema.optional(),
    status: z.enum(CANDIDATE_STATUSES),
    statusReason: z.string().optional().describe('Why it was archived or blacklisted'),
    needsManualEntry: z.boolean().describe('The resume could not be parsed: HR enters the fields'),
    resumes: z.array(resumeFileSchema),
    corrections: z.array(
      z.object({ field: z.string(), fromValue: z.string().optional(), toValue: z.string().optional(), by: z.string(), at: timestamp.optional() }),
    ),
    externalRefs: z.array(z.object({ source: z.string(), externalId: z.string() })),
    mergedInto: z.string().optional().describe('The candidate this one was merged into'),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Candidate' });

export const intakeFields = {
  outcome: z.enum(INTAKE_OUTCOMES).describe('created: a new person; attached: to a known person; suggested_merge: HR decides'),
  candidate: candidateSchema,
  application: applicationSchema.optional().describe('The application, when a requisition was given'),
  mergeSuggestionId: z.string().optional(),
  parseFailed: z.boolean().describe('The file could not be parsed: stored, candidate marked for manual entry'),
};
export const intakeSchema = z.object(intakeFields).meta({ id: 'Intake' });

export const timelineEntrySchema = z
  .object({
    id: z.string(),
    candidateId: z.string(),
    applicationId: z.string().optional(),
    type: z.string().describe('The event type, e.g. resume.application.stage-changed.v1'),
    actorId: z.string().optional(),
    at: timestamp.optional(),
    data: z.unknown().describe("The event's data"),
  })
  .meta({ id: 'TimelineEntry' });

export const mergeSuggestionSchema = z
  .object({
    id: z.string(),
    candidateId: z.string(),
    duplicateOfId: z.string(),
    score: z.number(),
    reasons: z.array(z.string()),
    status: z.enum(['open', 'accepted', 'dismissed']),
    createdAt: timestamp.optional(),
    resolvedBy: z.string().optional(),
  })
  .meta({ id: 'MergeSuggestion' });

export const mergeSuggestionQuery = z.object({ status: z.enum(['open', 'accepted', 'dismissed']).optional(), ...pageQueryShape });
export const resolvedSuggestionSchema = z.object({ suggestion: mergeSuggestionSchema, candidate: candidateSchema.optional() });
