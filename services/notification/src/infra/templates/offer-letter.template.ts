import Handlebars from 'handlebars';
import { z } from 'zod';
import { isBlankHtml, sanitizeHtml } from './html-sanitizer';
import { toHtmlParagraphs } from './html-layout';
import type { TemplateDefinition } from './template-definition';
import { webUrl } from './interview-variables';

const MAX_LETTER = 500_000;

const offerLetterVariables = z.object({
  letterSubject: z.string().trim().min(1).max(500),
  letterHtml: z.string().max(MAX_LETTER),
  letterText: z.string().trim().min(1).max(MAX_LETTER),
  expiresAt: z.coerce.date(),
  /** Absent when the offer service gave links that are not http(s) (left out with a warning). */
  answerLinks: z.object({ accept: webUrl, decline: webUrl }).optional(),
});

/**
 * The offer letter exactly as the offer service wrote it (subject, HTML, text), followed by the
 * candidate's answer links in their language. The letter's HTML is sanitised here whatever its
 * source; one that shows nothing once sanitised is replaced by its text part.
 */
export const offerLetterTemplate: TemplateDefinition = {
  key: 'offer.letter',
  variables: offerLetterVariables,
  prerendered: (variables) => {
    const { letterHtml, letterText } = variables as z.infer<typeof offerLetterVariables>;
    const html = sanitizeHtml(letterHtml).trim();
    return { html: isBlankHtml(html) ? toHtmlParagraphs(Handlebars.escapeExpression(letterText)) : html, text: letterText };
  },
  locales: {
    'zh-CN': {
      subject: '{{letterSubject}}',
      body: `{{#if answerLinks}}
请于 {{datetime expiresAt}}（{{@timeZone}}）前通过以下链接答复本录用通知：

{{link answerLinks.accept "接受录用"}}
{{link answerLinks.decline "婉拒录用"}}
{{/if}}`,
    },
    en: {
      subject: '{{letterSubject}}',
      body: `{{#if answerLinks}}
Please answer this offer by {{datetime expiresAt}} ({{@timeZone}}) through one of these links:

{{link answerLinks.accept "Accept the offer"}}
{{link answerLinks.decline "Decline the offer"}}
{{/if}}`,
    },
  },
};
