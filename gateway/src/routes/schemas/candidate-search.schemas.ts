import { z } from 'zod';
import { APPLICATION_STAGES } from './application.schemas';
import { CHANNELS } from './candidate-profile.schemas';
import { CANDIDATE_STATUSES } from './candidate.schemas';
import { commaList, objectIdSchema, pageQueryShape, serviceIdSchema, timestamp, nameText, trimmed } from './common.schemas';

export const EDUCATION_LEVELS = ['associate', 'bachelor', 'master', 'doctorate'] as const;
export const SORTS = ['created_at', 'updated_at', 'years_of_experience', 'name'].flatMap((key) => [key, `-${key}`]);

const label = trimmed(50);
const dateOrTime = z.union([z.iso.date(), z.iso.datetime()]).describe('YYYY-MM-DD (a whole UTC day) or an ISO 8601 date-time');
const years = z.coerce.number().min(0).max(80);

const scalarFields = {
  q: z.string().trim().min(1).max(200).optional().describe('Keywords over name, skills, employers, schools and the resume text (中文 or English)'),
  requisitionId: serviceIdSchema.optional(),
  source: z.enum(CHANNELS).optional().describe('The sourcing channel'),
  city: trimmed(100).optional(),
  education: z.enum(EDUCATION_LEVELS).optional().describe('Minimum education level'),
  createdFrom: dateOrTime.optional(),
  createdTo: dateOrTime.optional().describe('Inclusive: a date means up to the end of that day (UTC)'),
  hrId: objectIdSchema.optional().describe('Inviting or responsible HR'),
};

const yearsInOrder = (f: { minYears?: number; maxYears?: number }) => f.minYears === undefined || f.maxYears === undefined || f.minYears <= f.maxYears;
const yearsRule = { path: ['maxYears'], params: { rule: 'gte_min', min: 'minYears' } };

/** The query string of a candidate search (lists are comma-separated). */
export const searchCandidatesQuery = z
  .object({
    ...scalarFields,
    stage: commaList(z.enum(APPLICATION_STAGES)).optional().describe('Comma-separated application stages'),
    tag: commaList(label).optional().describe('Comma-separated tags (all must match)'),
    category: commaList(label).optional().describe('Comma-separated categories'),
    status: commaList(z.enum(CANDIDATE_STATUSES)).optional().describe(`Comma-separated statuses: ${CANDIDATE_STATUSES.join(', ')}`),
    minYears: years.optional(),
    maxYears: years.optional(),
    sort: z.enum(SORTS).default('-created_at').describe('created_at, updated_at, years_of_experience or name; "-" for descending'),
    ...pageQueryShape,
  })
  .refine(yearsInOrder, yearsRule);

/** The same filter as JSON, as saved filters keep it. */
export const candidateFilterInput = z
  .strictObject({
    ...scalarFields,
    stages: z.array(z.enum(APPLICATION_STAGES)).max(10).optional(),
    tags: z.array(label).max(20).optional(),
    categories: z.array(label).max(20).optional(),
    statuses: z.array(z.enum(CANDIDATE_STATUSES)).max(10).optional(),
    minYears: z.number().min(0).max(80).optional(),
    maxYears: z.number().min(0).max(80).optional(),
  })
  .refine(yearsInOrder, yearsRule);

export type CandidateFilter = z.output<typeof candidateFilterInput>;

export const saveFilterBody = z.strictObject({
  name: nameText(100),
  filter: candidateFilterInput,
  shared: z.boolean().default(false).describe('Visible to every recruiter, not only to you'),
});

export const candidateFilterSchema = z
  .object({
    q: z.string().optional(),
    stages: z.array(z.string()),
    requisitionId: z.string().optional(),
    tags: z.array(z.string()),
    categories: z.array(z.string()),
    source: z.string().optional(),
    city: z.string().optional(),
    minYears: z.number().optional(),
    maxYears: z.number().optional(),
    education: z.string().optional(),
    createdFrom: timestamp.optional(),
    createdTo: timestamp.optional(),
    hrId: z.string().optional(),
    statuses: z.array(z.string()),
  })
  .meta({ id: 'CandidateFilter' });

export const savedFilterSchema = z
  .object({ id: z.string(), name: z.string(), filter: candidateFilterSchema, ownerId: z.string(), shared: z.boolean(), createdAt: timestamp.optional() })
  .meta({ id: 'SavedFilter' });
