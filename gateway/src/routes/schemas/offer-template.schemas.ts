import { z } from 'zod';
import { LOCALES } from '../../i18n/messages';
import { serviceIdSchema, timestamp, nameText, trimmed, versionNumber } from './common.schemas';

export const MAX_TEMPLATE_BODY = 20_000;

const subject = trimmed(200)
  .refine((line) => !/[\r\n]/.test(line), { params: { rule: 'single_line' } })
  .describe('Handlebars, one line, e.g. "{{company.name}} 录用通知 – {{candidate.name}}"');
const body = z
  .string()
  .min(1)
  .max(MAX_TEMPLATE_BODY)
  .describe('Markdown with Handlebars variables ({{candidate.name}}, {{position.title}}, {{salary.monthlyBase}}, {{startDate}} …)');

export const saveTemplateBody = z.strictObject({
  positionId: serviceIdSchema.optional().describe("The position's own template; omitted: the company default for the language"),
  locale: z.enum(LOCALES),
  name: nameText(100),
  subject,
  body,
});

export const listTemplatesQuery = z.object({
  positionId: serviceIdSchema.optional(),
  locale: z.enum(LOCALES).optional(),
});

export const templateIdParams = z.object({ id: serviceIdSchema });

export const templateVersionParams = z.object({
  id: serviceIdSchema,
  version: z
    .string()
    .regex(/^(latest|[1-9]\d{0,5})$/, 'version_or_latest')
    // The service reads 0 as the latest version.
    .transform((value) => (value === 'latest' ? 0 : Number(value)))
    .describe('A version number, or `latest`'),
});

export const previewBody = z
  .strictObject({
    templateId: serviceIdSchema.optional().describe('A stored template to preview …'),
    templateVersion: versionNumber(1).optional().describe('… at this version (default: the latest)'),
    subject: subject.optional().describe('… or unsaved content: the subject'),
    body: body.optional().describe('… and body'),
    locale: z.enum(LOCALES).optional().describe("Default: the template's language, else zh-CN"),
    offerId: serviceIdSchema.optional().describe("Fill in this offer's terms; omitted: sample data"),
  })
  .superRefine((input, ctx) => {
    const content = input.subject !== undefined || input.body !== undefined;
    if (input.templateId && content) {
      ctx.addIssue({ code: 'custom', path: ['templateId'], params: { rule: 'exclusive' } });
    }
    if (!input.templateId) {
      for (const field of ['subject', 'body'] as const) {
        if (input[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], params: { rule: 'required' } });
        }
      }
    }
  });

export const previewQuery = z.object({
  format: z.enum(['html', 'pdf']).optional().describe('pdf: the letter as a PDF file (also with `Accept: application/pdf`)'),
});

export const offerTemplateSchema = z
  .object({
    id: z.string(),
    positionId: z.string().optional().describe('Absent: the company default for its language'),
    locale: z.enum(LOCALES),
    name: z.string(),
    latestVersion: z.number().int(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    updatedBy: z.string(),
  })
  .meta({ id: 'OfferTemplate' });

export const templateVersionSchema = z
  .object({
    templateId: z.string(),
    version: z.number().int(),
    name: z.string(),
    subject: z.string(),
    body: z.string(),
    createdBy: z.string(),
    createdAt: timestamp.optional(),
  })
  .meta({ id: 'OfferTemplateVersion' });

export const templateWithVersionSchema = z
  .object({ template: offerTemplateSchema, version: templateVersionSchema })
  .meta({ id: 'OfferTemplateWithVersion' });

export const previewSchema = z
  .object({ subject: z.string(), html: z.string(), text: z.string() })
  .meta({ id: 'OfferLetterPreview' });
