import { z } from 'zod';
import type { TemplateDefinition } from './template-definition';
import { webUrl } from './interview-variables';

/**
 * For events without a template of their own: tells the person rather than dropping it. The event's
 * type is a code, not words: it stays in the inbox item's `eventType` (for the console to label).
 */
export const genericTemplate: TemplateDefinition = {
  key: 'generic',
  variables: z.looseObject({
    title: z.string().trim().min(1).max(200).optional(),
    message: z.string().trim().min(1).max(5000).optional(),
    actionUrl: webUrl.optional(),
    actionLabel: z.string().trim().min(1).max(100).optional(),
  }),
  locales: {
    'zh-CN': {
      subject: '{{#if title}}{{title}}{{else}}{{companyName}}招聘系统通知{{/if}}',
      body: `{{#if recipientName}}{{recipientName}}，您好：{{else}}您好：{{/if}}

{{#if message}}
{{message}}
{{else}}
您有一条新的通知，请登录招聘系统查看。
{{/if}}
{{#if actionUrl}}

{{#if actionLabel}}{{link actionUrl actionLabel}}{{else}}{{link actionUrl "查看详情"}}{{/if}}
{{/if}}`,
    },
    en: {
      subject: '{{#if title}}{{title}}{{else}}Notification from {{companyName}} recruitment{{/if}}',
      body: `{{#if recipientName}}Dear {{recipientName}},{{else}}Hello,{{/if}}

{{#if message}}
{{message}}
{{else}}
You have a new notification; please sign in to the recruitment system to see it.
{{/if}}
{{#if actionUrl}}

{{#if actionLabel}}{{link actionUrl actionLabel}}{{else}}{{link actionUrl "View details"}}{{/if}}
{{/if}}`,
    },
  },
};
