import type { TemplateDefinition } from './template-definition';
import { interviewDetails } from './interview-variables';

export const interviewReminderTemplate: TemplateDefinition = {
  key: 'interview.reminder',
  variables: interviewDetails,
  locales: {
    'zh-CN': {
      subject: '面试提醒：{{positionTitle}}（{{datetime startsAt}}）',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

提醒您，以下面试即将开始：

{{> details}}
{{#if note}}

备注：{{note}}
{{/if}}`,
    },
    en: {
      subject: 'Reminder: interview for {{positionTitle}} ({{datetime startsAt}})',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

A reminder that the following interview is coming up:

{{> details}}
{{#if note}}

Note: {{note}}
{{/if}}`,
    },
  },
};
