import type { Locale } from '../i18n/messages';
import type { RefusalText } from './link-pages';

export type ResponseAction = 'confirm' | 'decline';
export type CandidateAnswer = 'confirmed' | 'declined';

export interface ResponsePageText extends RefusalText {
  heading: Record<ResponseAction, string>;
  greeting: (name: string) => string;
  intro: Record<ResponseAction, string>;
  position: string;
  time: string;
  duration: string;
  minutes: (count: number) => string;
  button: Record<ResponseAction, string>;
  commentLabel: string;
  otherChoice: Record<ResponseAction, string>;
  already: Record<CandidateAnswer, string>;
  done: Record<CandidateAnswer, { heading: string; text: string }>;
}

const zh: ResponsePageText = {
  documentTitle: '面试邀请回复',
  heading: { confirm: '确认参加面试', decline: '婉拒面试' },
  greeting: (name) => `${name}，您好！`,
  intro: { confirm: '请确认您将按以下安排参加面试：', decline: '如您无法参加以下面试，请在此告知我们：' },
  position: '应聘职位',
  time: '面试时间',
  duration: '时长',
  minutes: (count) => `${count} 分钟`,
  button: { confirm: '确认参加', decline: '婉拒面试' },
  commentLabel: '原因或留言（可选）',
  otherChoice: {
    confirm: '如需婉拒，请使用邀请邮件中的“婉拒”链接。',
    decline: '如需确认参加，请使用邀请邮件中的“确认参加”链接。',
  },
  already: { confirmed: '您已确认参加此次面试。', declined: '您已婉拒此次面试。' },
  done: {
    confirmed: { heading: '已确认参加', text: '感谢您的确认，我们期待与您见面。' },
    declined: { heading: '已婉拒面试', text: '我们已收到您的回复，感谢您告知。' },
  },
  errorHeading: '无法使用此链接',
  reasonLabel: '错误代码',
  errors: {
    RESPONSE_LINK_INVALID: '此链接无效，请使用面试邀请邮件中的链接。',
    RESPONSE_LINK_EXPIRED: '此链接已过期。如仍需回复，请联系招聘负责人。',
    RESPONSE_LINK_SUPERSEDED: '面试安排已变更，此链接已失效。请使用最新邀请邮件中的链接。',
    RESPONSE_LINK_MALFORMED: '链接不完整或格式有误，请从邮件中完整复制链接。',
    RESPONSE_LINK_WRONG_ACTION: '此链接不能用于该操作。',
    INTERVIEW_NOT_SCHEDULED: '此面试已取消或已结束，无需再回复。',
    INTERVIEW_STARTED: '面试已经开始，无法再通过链接回复。',
    RATE_LIMITED: '请求过于频繁，请稍后再试。',
    default: '暂时无法处理您的请求，请稍后再试或联系招聘负责人。',
  },
};

const en: ResponsePageText = {
  documentTitle: 'Interview invitation',
  heading: { confirm: 'Confirm your interview', decline: 'Decline the interview' },
  greeting: (name) => `Dear ${name},`,
  intro: { confirm: 'Please confirm that you will attend this interview:', decline: 'If you cannot attend this interview, please let us know here:' },
  position: 'Position',
  time: 'Time',
  duration: 'Duration',
  minutes: (count) => `${count} minutes`,
  button: { confirm: 'Confirm', decline: 'Decline' },
  commentLabel: 'Reason or message (optional)',
  otherChoice: {
    confirm: 'To decline instead, use the "Decline" link in your invitation e-mail.',
    decline: 'To confirm instead, use the "Confirm" link in your invitation e-mail.',
  },
  already: { confirmed: 'You have confirmed this interview.', declined: 'You have declined this interview.' },
  done: {
    confirmed: { heading: 'Interview confirmed', text: 'Thank you for confirming. We look forward to meeting you.' },
    declined: { heading: 'Interview declined', text: 'We have received your answer. Thank you for letting us know.' },
  },
  errorHeading: 'This link cannot be used',
  reasonLabel: 'Error code',
  errors: {
    RESPONSE_LINK_INVALID: 'This link is not valid. Please use the link in your interview invitation e-mail.',
    RESPONSE_LINK_EXPIRED: 'This link has expired. If you still need to answer, please contact the recruiter.',
    RESPONSE_LINK_SUPERSEDED: 'The interview has changed since this link was sent. Please use the link in the latest invitation e-mail.',
    RESPONSE_LINK_MALFORMED: 'This link is incomplete or malformed. Please copy the whole link from the e-mail.',
    RESPONSE_LINK_WRONG_ACTION: 'This link cannot be used for that.',
    INTERVIEW_NOT_SCHEDULED: 'This interview was cancelled or has ended: no answer is needed.',
    INTERVIEW_STARTED: 'The interview has already started; it can no longer be answered through this link.',
    RATE_LIMITED: 'Too many requests. Please try again in a minute.',
    default: 'Your request cannot be handled right now. Please try again later or contact the recruiter.',
  },
};

export const RESPONSE_PAGE_TEXT: Record<Locale, ResponsePageText> = { 'zh-CN': zh, en };
