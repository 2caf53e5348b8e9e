import type { TemplateDefinition } from './template-definition';
import { interviewDetails, webUrl } from './interview-variables';

export const interviewInvitationTemplate: TemplateDefinition = {
  key: 'interview.invitation',
  variables: interviewDetails.extend({ confirmUrl: webUrl.optional(), declineUrl: webUrl.optional() }),
  locales: {
    'zh-CN': {
      subject: '{{#if (eq audience "interviewer")}}面试安排{{else}}面试邀请{{/if}}：{{positionTitle}}（{{datetime startsAt}}）',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

{{#if (eq audience "interviewer")}}
请您参加以下面试，日历邀请已附上。
{{else}}
感谢您应聘{{companyName}}的{{positionTitle}}职位，诚邀您参加面试。日历邀请已附上。
{{/if}}

{{> details}}
{{#if note}}

备注：{{note}}
{{/if}}
{{#if confirmUrl}}

{{link confirmUrl "确认参加"}}
{{/if}}
{{#if declineUrl}}
{{link declineUrl "无法参加"}}
{{/if}}
{{#if contactName}}

如有疑问，请联系{{contactName}}。
{{/if}}`,
    },
    en: {
      subject: '{{#if (eq audience "interviewer")}}Interview scheduled{{else}}Interview invitation{{/if}}: {{positionTitle}} ({{datetime startsAt}})',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

{{#if (eq audience "interviewer")}}
You are invited to interview a candidate; the calendar invitation is attached.
{{else}}
Thank you for applying for the {{positionTitle}} position at {{companyName}}. We would like to invite you to an interview; the calendar invitation is attached.
{{/if}}

{{> details}}
{{#if note}}

Note: {{note}}
{{/if}}
{{#if confirmUrl}}

{{link confirmUrl "Confirm attendance"}}
{{/if}}
{{#if declineUrl}}
{{link declineUrl "I cannot attend"}}
{{/if}}
{{#if contactName}}

If you have any questions, please contact {{contactName}}.
{{/if}}`,
    },
  },
};
