import { z } from 'zod';
import { interviewSchema } from './interview.schemas';
import { timestamp } from './common.schemas';

/** The interview service's default criteria (services/interview/src/domain/evaluation-criteria.ts). */
export const CRITERIA = ['professional_skills', 'communication', 'learning_ability', 'culture_fit', 'stability'] as const;
export const VERDICTS = ['pass', 'fail'] as const;
export const MAX_EVALUATION_TEXT = 4000;

const score = z.number().int().min(1).max(5);
const text = z.string().trim().max(MAX_EVALUATION_TEXT);

/** `{ criterion: score }`: every criterion rated once, 1 to 5; an unknown criterion is refused by name. */
export const ratingsInput = z
  .strictObject(Object.fromEntries(CRITERIA.map((key) => [key, score])) as Record<(typeof CRITERIA)[number], typeof score>)
  .describe(`A score from 1 to 5 for each criterion: ${CRITERIA.join(', ')}`);

export const evaluationBody = z
  .strictObject({
    ratings: ratingsInput,
    strengths: text.default(''),
    concerns: text.default(''),
    verdict: z.enum(VERDICTS),
    failReason: text.optional().describe('Required when the verdict is fail'),
  })
  .refine((e) => e.verdict !== 'fail' || !!e.failReason, {
    path: ['failReason'],
    params: { rule: 'required' },
  });

export type EvaluationBody = z.output<typeof evaluationBody>;

const versionFields = {
  ratings: z.record(z.string(), z.number().int()).describe('criterion → score (1–5)'),
  strengths: z.string(),
  concerns: z.string(),
  verdict: z.enum(VERDICTS),
  failReason: z.string().optional(),
  submittedAt: timestamp.optional(),
};

export const evaluationVersionSchema = z.object(versionFields).meta({ id: 'EvaluationVersion' });

export const evaluationSchema = z
  .object({
    interviewerId: z.string(),
    interviewerName: z.string(),
    ...versionFields,
    amendments: z.array(evaluationVersionSchema).describe('Earlier versions, oldest first'),
  })
  .meta({ id: 'Evaluation' });

export const evaluationListSchema = z.object({ data: z.array(evaluationSchema) }).meta({ id: 'EvaluationList' });

export const evaluationResultSchema = z
  .object({ evaluation: evaluationSchema, interview: interviewSchema.describe('The interview after it (progress, result)') })
  .meta({ id: 'EvaluationResult' });
