import type { Locale } from '../../domain/notification';

/** Words templates show for coded values; an unknown code is shown as it is (escaped like any value). */
export const LABELS: Record<Locale, Record<string, Record<string, string>>> = {
  'zh-CN': {
    round: { first: '初试', second: '复试', final: '终面', hr: 'HR 面' },
    format: { onsite: '现场面试', video: '视频面试', phone: '电话面试' },
  },
  en: {
    round: { first: 'first round', second: 'second round', final: 'final round', hr: 'HR interview' },
    format: { onsite: 'on-site', video: 'video call', phone: 'phone call' },
  },
};

export const FOOTERS: Record<Locale, string> = {
  'zh-CN': '此邮件由{{companyName}}招聘系统自动发送，请勿直接回复。',
  en: 'Sent automatically by the {{companyName}} recruitment system; please do not reply to this message.',
};

export const LIST_SEPARATORS: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };
