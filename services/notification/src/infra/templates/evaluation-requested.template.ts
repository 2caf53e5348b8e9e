import { z } from 'zod';
import type { TemplateDefinition } from './template-definition';
import { interviewDetails, text, webUrl } from './interview-variables';

export const evaluationRequestedTemplate: TemplateDefinition = {
  key: 'evaluation.requested',
  variables: z.object({
    candidateName: text,
    positionTitle: text,
    round: interviewDetails.shape.round,
    startsAt: z.coerce.date(),
    evaluationUrl: webUrl.optional(),
    dueAt: z.coerce.date().optional(),
  }),
  locales: {
    'zh-CN': {
      subject: '请填写面试评价：{{candidateName}}（{{positionTitle}}）',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

您于 {{datetime startsAt}} 面试了{{candidateName}}（{{positionTitle}}，{{label "round" round}}），请尽快提交面试评价。
{{#if dueAt}}
请于 {{datetime dueAt}} 前提交。
{{/if}}
{{#if evaluationUrl}}

{{link evaluationUrl "填写评价"}}
{{/if}}`,
    },
    en: {
      subject: 'Evaluation requested: {{candidateName}} ({{positionTitle}})',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

You interviewed {{candidateName}} for {{positionTitle}} ({{label "round" round}}) on {{datetime startsAt}}. Please submit your evaluation.
{{#if dueAt}}
Please submit it before {{datetime dueAt}}.
{{/if}}
{{#if evaluationUrl}}

{{link evaluationUrl "Write the evaluation"}}
{{/if}}`,
    },
  },
};
