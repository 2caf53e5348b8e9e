import { z } from 'zod';
import { LOCALES } from '../../i18n/messages';
import { listEnvelope, timestamp } from './common.schemas';
import { CONTRACT_TYPES, OFFER_STATUSES } from './offer.schemas';
import { approvalRecordSchema } from './requisition.schemas';

const salarySchema = z
  .object({
    currency: z.literal('CNY'),
    monthlyBase: z.string(),
    monthsPerYear: z.number().int(),
    allowances: z.array(z.object({ name: z.string(), amount: z.string().describe('Per month') })),
    bonus: z.string(),
  })
  .meta({ id: 'OfferSalary' });

const answerSchema = z.object({
  answer: z.enum(['accepted', 'declined']),
  via: z.enum(['link', 'verbal']),
  by: z.string().describe('The HR user who recorded a verbal answer, or `candidate`'),
  at: timestamp.optional(),
  reason: z.string().optional(),
});

const negotiationSchema = z.object({
  at: timestamp.optional(),
  by: z.string(),
  comment: z.string(),
  changes: z.array(z.object({ field: z.enum(['salary', 'startDate', 'expiresAt']), before: z.string(), after: z.string() })),
  reapproval: z.boolean().describe('Salary or start date changed: a new approval round started'),
});

const statusChangeSchema = z.object({
  from: z.enum(OFFER_STATUSES),
  to: z.enum(OFFER_STATUSES),
  by: z.string(),
  at: timestamp.optional(),
  comment: z.string().optional(),
});

export const offerSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    status: z.enum(OFFER_STATUSES),
    applicationId: z.string(),
    candidateId: z.string(),
    requisitionId: z.string(),
    candidate: z.object({ name: z.string(), email: z.string(), locale: z.enum(LOCALES) }),
    positionId: z.string(),
    positionTitle: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    grade: z.string(),
    salary: salarySchema,
    annualCash: z.string().describe('Base × months + allowances × 12 + bonus (CNY): what a conditional approval level compares'),
    probation: z.object({ months: z.number().int(), salary: z.string().optional() }),
    startDate: z.string().describe('YYYY-MM-DD'),
    workLocation: z.string(),
    contract: z.object({ type: z.enum(CONTRACT_TYPES), years: z.number().int() }),
    reportingManager: z.object({ userId: z.string().optional(), name: z.string() }),
    expiresAt: timestamp.optional(),
    notes: z.string().optional(),
    approval: z
      .object({
        round: z.number().int(),
        levelKeys: z.array(z.string()).describe('The levels of this round, in order (conditional ones only when they apply)'),
        current: z.number().int().describe('Index in levelKeys of the level that decides next'),
        currentLevel: z.string().optional().describe('The level that decides next, while pending'),
        closed: z.boolean(),
        history: z.array(approvalRecordSchema),
      })
      .optional(),
    sendCount: z.number().int().describe('How many times the letter was sent'),
    lastSentAt: timestamp.optional(),
    answer: answerSchema.optional(),
    negotiations: z.array(negotiationSchema),
    statusHistory: z.array(statusChangeSchema),
    withdrawReason: z.string().optional(),
    expiredAt: timestamp.optional(),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Offer' });

export const offerListSchema = listEnvelope(offerSchema).meta({ id: 'OfferPage' });

export const sendSchema = z
  .object({
    sequence: z.number().int().describe('1 for the first sending'),
    sentAt: timestamp.optional(),
    sentBy: z.string(),
    toEmail: z.string(),
    toName: z.string(),
    locale: z.enum(LOCALES),
    templateId: z.string(),
    templateVersion: z.number().int().describe('The exact template version the letter used'),
    subject: z.string(),
    round: z.number().int().describe('The approval round whose terms were sent'),
  })
  .meta({ id: 'OfferSend' });

export const sendResultSchema = z.object({ offer: offerSchema, send: sendSchema }).meta({ id: 'OfferSendResult' });

export const sentLetterSchema = sendSchema
  .extend({
    html: z.string().optional().describe('With includeContent=true: the letter as mailed'),
    text: z.string().optional(),
    pdfFilename: z.string().optional(),
  })
  .meta({ id: 'OfferSentLetter' });

export const sendsSchema = z.object({ data: z.array(sentLetterSchema), sendCount: z.number().int() }).meta({ id: 'OfferSends' });
