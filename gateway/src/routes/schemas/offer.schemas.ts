import { z } from 'zod';
import { LOCALES } from '../../i18n/messages';
import { booleanQuery, commaList, objectIdSchema, pageQueryShape, serviceIdSchema, nameText, trimmed, versionNumber } from './common.schemas';

export const OFFER_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'returned',
  'sent',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export const CONTRACT_TYPES = ['fixed_term', 'open_ended', 'internship'] as const;
export const HR_ANSWERS = ['accepted', 'declined', 'negotiated'] as const;
export const MAX_ALLOWANCES = 20;

const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;
const money = z.string().regex(DECIMAL, 'decimal');
/** The regex reports a malformed amount; this only speaks for a well-formed zero. */
const positiveMoney = money.refine((value) => !DECIMAL.test(value) || /[1-9]/.test(value), { params: { rule: 'positive' } });

export const salaryInput = z
  .strictObject({
    monthlyBase: positiveMoney.describe('Monthly base pay (CNY), a decimal string such as "30000.00"'),
    monthsPerYear: z.number().int().min(12).max(18).default(12).describe('Months of base pay a year: 12, or 13+ with a 13th-month salary'),
    allowances: z
      .array(z.strictObject({ name: nameText(50).describe('e.g. 交通补贴'), amount: positiveMoney.describe('Per month, CNY') }))
      .max(MAX_ALLOWANCES)
      .default([])
      .refine((list) => new Set(list.map((a) => a?.name)).size === list.length, { params: { rule: 'unique' } }),
    bonus: money.default('0').describe('Target annual bonus (CNY); 0 when none'),
  })
  .meta({ id: 'OfferSalaryInput' });

export const probationInput = z
  .strictObject({
    months: z.number().int().min(0).max(6).describe('0 for none; at most 2 for contracts under 3 years, none for internships (劳动合同法 第十九条)'),
    salary: positiveMoney.optional().describe('Monthly salary during probation: at least 80 % of the base (第二十条); required with months > 0'),
  })
  .superRefine((probation, ctx) => {
    if (probation.months > 0 && probation.salary === undefined) {
      ctx.addIssue({ code: 'custom', path: ['salary'], params: { rule: 'required' } });
    }
    if (probation.months === 0 && probation.salary !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['salary'], params: { rule: 'without_probation' } });
    }
  })
  .meta({ id: 'OfferProbationInput' });

const calendarDate = z.iso.date().describe('YYYY-MM-DD in the company time zone');
/** The offer's deadline: with its offset, and still ahead (the service also checks it ends by the start date). */
export const expiryInstant = z.iso
  .datetime({ offset: true })
  .refine((value) => Number.isNaN(Date.parse(value)) || Date.parse(value) > Date.now(), { params: { rule: 'future' } })
  .describe('Deadline for the answer: ISO 8601 with its offset, e.g. 2030-03-20T18:00:00+08:00; by the start date');

const reportingManagerInput = z
  .strictObject({
    userId: objectIdSchema.optional().describe('A user of the directory; their name is taken from it'),
    name: nameText(100).optional().describe('Required without userId'),
  })
  .refine((manager) => Boolean(manager.userId || manager.name), {
    message: 'manager_required',
    path: ['name'],
    params: { rule: 'required' },
  });

/** The terms HR writes; who the offer is for (candidate, requisition, position, department) follows from the application. */
const termFields = {
  candidateLocale: z.enum(LOCALES).optional().describe('Language of the letter, the e-mail and the answer page (default zh-CN)'),
  grade: nameText(20).describe('Job grade, e.g. P6'),
  salary: salaryInput,
  probation: probationInput,
  startDate: calendarDate.describe('First working day, YYYY-MM-DD (company time zone), not in the past'),
  workLocation: nameText(100),
  contract: z
    .strictObject({
      type: z.enum(CONTRACT_TYPES),
      years: z.number().int().min(0).max(10).default(0).describe('Length of a fixed_term contract (1–10); 0 otherwise'),
    })
    .meta({ id: 'OfferContractInput' }),
  reportingManager: reportingManagerInput,
  expiresAt: expiryInstant,
  notes: z.string().trim().max(2000).optional().describe('Internal notes, not in the letter unless the template prints them'),
};

export const createOfferBody = z.strictObject({
  applicationId: serviceIdSchema.describe('An application at the offer stage; the candidate and requisition come from it'),
  ...termFields,
});

export const patchOfferBody = z
  .strictObject({
    ...termFields,
    expectedVersion: versionNumber(0).optional().describe('The version you read; a change in between answers 409'),
  })
  .partial()
  .refine((patch) => Object.keys(patch).some((key) => key !== 'expectedVersion'), { params: { rule: 'non_empty' } });

export const listOffersQuery = z.object({
  status: commaList(z.enum(OFFER_STATUSES)).optional().describe(`Comma-separated statuses: ${OFFER_STATUSES.join(', ')}`),
  approvedOnly: booleanQuery
    .optional()
    .describe('OFFER列表: only offers past their last approval (approved, sent, accepted, declined, expired)'),
  awaitingMe: booleanQuery.optional().describe('Only offers whose current approval level the caller may decide'),
  applicationId: serviceIdSchema.optional(),
  candidateId: serviceIdSchema.optional(),
  requisitionId: serviceIdSchema.optional(),
  departmentId: objectIdSchema.optional(),
  ...pageQueryShape,
});

export const awaitingQuery = z.object({ ...pageQueryShape });

const comment = z.string().trim().max(2000);
export const approveBody = z.strictObject({ comment: comment.optional() });
export const decisionCommentBody = z.strictObject({ comment: comment.min(1).describe('Why: kept in the approval history and told to HR') });
export const withdrawBody = z.strictObject({ reason: trimmed(1000) });

export const sendBody = z.strictObject({
  toEmail: z.email().max(254).optional().describe("Default: the candidate's address"),
  locale: z.enum(LOCALES).optional().describe("Default: the letter's language (candidateLocale)"),
  templateId: serviceIdSchema.optional().describe("Default: the position's template in the language, else the company default"),
  templateVersion: versionNumber(1).optional().describe('Default: the latest version'),
});

const CHANGES = ['salary', 'probation', 'startDate', 'expiresAt'] as const;

export const answerBody = z
  .strictObject({
    answer: z.enum(HR_ANSWERS).describe('accepted / declined: what the candidate said; negotiated: terms agreed to change'),
    comment: z.string().trim().max(1000).optional().describe('Required to decline (the reason) and to negotiate (what was agreed)'),
    salary: salaryInput.optional().describe('negotiated: the new salary (replaces the whole salary)'),
    probation: probationInput.optional().describe('negotiated: the new probation'),
    startDate: calendarDate.optional().describe('negotiated: the new start date'),
    expiresAt: expiryInstant.optional().describe('negotiated: a new deadline'),
  })
  .superRefine((body, ctx) => {
    if (body.answer !== 'accepted' && !body.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], params: { rule: 'required' } });
    }
    const given = CHANGES.filter((field) => body[field] !== undefined);
    if (body.answer === 'negotiated' && given.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], params: { rule: 'change_required' } });
    }
    if (body.answer !== 'negotiated') {
      for (const field of given) {
        ctx.addIssue({ code: 'custom', path: [field], params: { rule: 'negotiated_only' } });
      }
    }
  });

export type CreateOfferBody = z.output<typeof createOfferBody>;
export type PatchOfferBody = z.output<typeof patchOfferBody>;
export type AnswerBody = z.output<typeof answerBody>;
export type SalaryInput = z.output<typeof salaryInput>;
export type ProbationInput = z.output<typeof probationInput>;
