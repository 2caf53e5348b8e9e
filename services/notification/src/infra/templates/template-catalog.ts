import { evaluationRequestedTemplate } from './evaluation-requested.template';
import { genericTemplate } from './generic.template';
import { interviewCancelledTemplate } from './interview-cancelled.template';
import { interviewInvitationTemplate } from './interview-invitation.template';
import { interviewReminderTemplate } from './interview-reminder.template';
import { interviewRescheduledTemplate } from './interview-rescheduled.template';
import { offerLetterTemplate } from './offer-letter.template';
import type { TemplateDefinition } from './template-definition';

export const GENERIC_TEMPLATE_KEY = genericTemplate.key;

/** Every template, by key. A key not listed here falls back to the generic template. */
export const TEMPLATES: ReadonlyMap<string, TemplateDefinition> = new Map(
  [
    interviewInvitationTemplate,
    interviewRescheduledTemplate,
    interviewCancelledTemplate,
    interviewReminderTemplate,
    evaluationRequestedTemplate,
    offerLetterTemplate,
    genericTemplate,
  ].map((template) => [template.key, template]),
);
