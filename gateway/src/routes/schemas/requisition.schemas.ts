import { z } from 'zod';
import { booleanQuery, commaList, objectIdSchema, pageQueryShape, serviceIdSchema, timestamp, nameText, trimmed } from './common.schemas';

export const REQUISITION_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'open', 'paused', 'filled', 'closed'] as const;
export const URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;
export const REASONS = ['new_role', 'replacement', 'expansion'] as const;

const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;
const isDecimal = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);
const decimal = z.string().regex(DECIMAL, 'decimal');

/** Compares decimal strings exactly (in cents), so "9.5" < "10" and float rounding never matters. */
export function compareDecimal(a: string, b: string): number {
  const cents = (value: string) => {
    const [whole, fraction = ''] = value.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  };
  const diff = cents(a) - cents(b);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

export const salaryInput = z
  .strictObject({ min: decimal, max: decimal, currency: z.string().regex(/^[A-Z]{3}$/, 'iso4217').default('CNY') })
  // zod runs object refinements even when a field failed: only compare two well-formed amounts.
  .refine((s) => !isDecimal(s.min) || !isDecimal(s.max) || compareDecimal(s.min, s.max) <= 0, {
    path: ['max'],
    params: { rule: 'gte_min', min: 'min' },
  });

const requisitionFields = {
  positionId: serviceIdSchema,
  departmentId: objectIdSchema,
  headcount: z.number().int().min(1).max(1000),
  reason: z.enum(REASONS),
  reasonNote: z.string().trim().max(2000).optional(),
  requirements: z.array(trimmed(500)).max(50),
  salary: salaryInput,
  workLocation: nameText(200),
  desiredStartDate: z.iso.date().describe('YYYY-MM-DD'),
  urgency: z.enum(URGENCIES).default('normal'),
};

export const createRequisitionBody = z.strictObject(requisitionFields);

export const patchRequisitionBody = z
  .strictObject({
    ...requisitionFields,
    urgency: z.enum(URGENCIES),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { params: { rule: 'non_empty' } });

export const listRequisitionsQuery = z.object({
  status: commaList(z.enum(REQUISITION_STATUSES))
    .optional()
    .describe(`Comma-separated statuses: ${REQUISITION_STATUSES.join(', ')}`),
  departmentId: objectIdSchema.optional(),
  positionId: serviceIdSchema.optional(),
  recruiterId: objectIdSchema.optional(),
  urgency: z.enum(URGENCIES).optional(),
  awaitingMe: booleanQuery
    .optional()
    .describe('Only requisitions whose current approval level the caller may decide'),
  ...pageQueryShape,
});

const comment = z.string().trim().max(2000);
export const optionalCommentBody = z.strictObject({ comment: comment.optional() });
export const rejectBody = z.strictObject({ comment: comment.min(1) });
export const closeBody = z.strictObject({ reason: trimmed(500) });
export const assignBody = z.strictObject({
  responsibleRecruiterId: objectIdSchema,
  helperRecruiterIds: z.array(objectIdSchema).max(20).default([]),
});

export const moneyRangeSchema = z.object({ min: z.string(), max: z.string(), currency: z.string() }).meta({ id: 'MoneyRange' });

export const approvalRecordSchema = z
  .object({
    round: z.number().int(),
    level: z.number().int(),
    levelKey: z.string(),
    decision: z.enum(['approved', 'rejected', 'returned']),
    by: z.string(),
    byName: z.string().optional(),
    at: timestamp.optional(),
    comment: z.string().optional(),
  })
  .meta({ id: 'ApprovalRecord' });

export const requisitionSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    positionId: z.string(),
    positionTitle: z.string(),
    departmentId: z.string(),
    headcount: z.number().int(),
    hiredCount: z.number().int(),
    reason: z.enum(REASONS),
    reasonNote: z.string().optional(),
    requirements: z.array(z.string()),
    salary: moneyRangeSchema.optional(),
    workLocation: z.string(),
    desiredStartDate: timestamp.optional(),
    urgency: z.enum(URGENCIES),
    status: z.enum(REQUISITION_STATUSES),
    approval: z
      .object({
        round: z.number().int(),
        levelKeys: z.array(z.string()),
        current: z.number().int(),
        closed: z.boolean(),
        history: z.array(approvalRecordSchema),
      })
      .optional(),
    responsibleRecruiterId: z.string().optional().describe('Absent until a recruiter is assigned'),
    helperRecruiterIds: z.array(z.string()),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    openedAt: timestamp.optional(),
    closedAt: timestamp.optional(),
    closeReason: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Requisition' });
