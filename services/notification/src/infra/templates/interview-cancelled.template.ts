import type { TemplateDefinition } from './template-definition';
import { interviewDetails, text } from './interview-variables';

export const interviewCancelledTemplate: TemplateDefinition = {
  key: 'interview.cancelled',
  variables: interviewDetails.extend({ reason: text.optional() }),
  locales: {
    'zh-CN': {
      subject: '面试已取消：{{positionTitle}}（{{datetime startsAt}}）',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

很抱歉，原定于 {{datetime startsAt}} 的{{label "round" round}}（{{positionTitle}}）已取消。
{{#if reason}}
原因：{{reason}}
{{/if}}

{{#if (eq audience "interviewer")}}
该面试已从您的日程中移除。
{{else}}
如有新的安排，我们会另行通知您。
{{/if}}`,
    },
    en: {
      subject: 'Interview cancelled: {{positionTitle}} ({{datetime startsAt}})',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

We are sorry: the {{label "round" round}} for {{positionTitle}} planned for {{datetime startsAt}} has been cancelled.
{{#if reason}}
Reason: {{reason}}
{{/if}}

{{#if (eq audience "interviewer")}}
The interview has been removed from your schedule.
{{else}}
We will let you know if a new date is arranged.
{{/if}}`,
    },
  },
};
