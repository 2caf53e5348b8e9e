import { z } from 'zod';
import type { TemplateDefinition } from './template-definition';
import { interviewDetails, webUrl } from './interview-variables';

export const interviewRescheduledTemplate: TemplateDefinition = {
  key: 'interview.rescheduled',
  variables: interviewDetails.extend({
    previousStartsAt: z.coerce.date(),
    confirmUrl: webUrl.optional(),
    declineUrl: webUrl.optional(),
  }),
  locales: {
    'zh-CN': {
      subject: '面试时间变更：{{positionTitle}}（{{datetime startsAt}}）',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

原定于 {{datetime previousStartsAt}} 的面试已调整，新的安排如下，更新后的日历邀请已附上。

{{> details}}
{{#if note}}

备注：{{note}}
{{/if}}
{{#if confirmUrl}}

{{link confirmUrl "确认参加"}}
{{/if}}
{{#if declineUrl}}
{{link declineUrl "无法参加"}}
{{/if}}`,
    },
    en: {
      subject: 'Interview rescheduled: {{positionTitle}} ({{datetime startsAt}})',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

The interview planned for {{datetime previousStartsAt}} has been moved. The new arrangement is below; the updated calendar invitation is attached.

{{> details}}
{{#if note}}

Note: {{note}}
{{/if}}
{{#if confirmUrl}}

{{link confirmUrl "Confirm attendance"}}
{{/if}}
{{#if declineUrl}}
{{link declineUrl "I cannot attend"}}
{{/if}}`,
    },
  },
};
