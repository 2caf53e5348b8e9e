import { z } from 'zod';

export const text = z.string().trim().min(1).max(2000);
/** Only web links: a `javascript:` URL in an e-mail must never become clickable. */
export const webUrl = z.url({ protocol: /^https?$/ });

/** What every interview e-mail shows; which of address, video link and phone apply follows the format. */
export const interviewDetails = z.object({
  audience: z.enum(['candidate', 'interviewer']).default('candidate'),
  candidateName: text.optional(),
  positionTitle: text,
  round: z.enum(['first', 'second', 'final', 'hr']),
  startsAt: z.coerce.date(),
  durationMinutes: z.number().int().positive().max(24 * 60),
  format: z.enum(['onsite', 'video', 'phone']),
  address: text.optional(),
  room: text.optional(),
  videoLink: webUrl.optional(),
  phoneNumber: text.optional(),
  interviewerNames: z.array(text).optional(),
  note: text.optional(),
  contactName: text.optional(),
});

/** The interview details block, as one partial per language. */
export const DETAILS_PARTIALS = {
  'zh-CN': `职位：{{positionTitle}}
{{#if candidateName}}
候选人：{{candidateName}}
{{/if}}
轮次：{{label "round" round}}
时间：{{datetime startsAt}}（{{@timeZone}}），时长 {{durationMinutes}} 分钟
形式：{{label "format" format}}
{{#if address}}
地点：{{address}}{{#if room}}，{{room}}{{/if}}
{{/if}}
{{#if videoLink}}
视频会议：{{link videoLink}}
{{/if}}
{{#if phoneNumber}}
电话：{{phoneNumber}}
{{/if}}
{{#if interviewerNames}}
面试官：{{list interviewerNames}}
{{/if}}
`,
  en: `Position: {{positionTitle}}
{{#if candidateName}}
Candidate: {{candidateName}}
{{/if}}
Round: {{label "round" round}}
Time: {{datetime startsAt}} ({{@timeZone}}), {{durationMinutes}} minutes
Format: {{label "format" format}}
{{#if address}}
Address: {{address}}{{#if room}}, {{room}}{{/if}}
{{/if}}
{{#if videoLink}}
Video link: {{link videoLink}}
{{/if}}
{{#if phoneNumber}}
Phone: {{phoneNumber}}
{{/if}}
{{#if interviewerNames}}
Interviewers: {{list interviewerNames}}
{{/if}}
`,
};
