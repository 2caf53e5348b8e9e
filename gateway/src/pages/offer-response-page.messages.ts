import type { Locale } from '../i18n/messages';
import type { RefusalText } from './link-pages';

export type OfferLinkAction = 'accept' | 'decline';
export type OfferAnswer = 'accepted' | 'declined';

export interface OfferPageText extends RefusalText {
  heading: Record<OfferLinkAction, string>;
  greeting: (name: string) => string;
  intro: Record<OfferLinkAction, (company: string) => string>;
  company: string;
  position: string;
  department: string;
  startDate: string;
  answerBy: string;
  button: Record<OfferLinkAction, string>;
  declineReasonLabel: string;
  declineReasonRequired: string;
  otherChoice: Record<OfferLinkAction, string>;
  /** Why the link no longer takes an answer, by the offer's status; `default` for the rest. */
  closed: Record<string, string>;
  done: Record<OfferAnswer, { heading: string; text: string }>;
}

const zh: OfferPageText = {
  documentTitle: '录用通知回复',
  heading: { accept: '接受录用', decline: '婉拒录用' },
  greeting: (name) => `${name}，您好！`,
  intro: {
    accept: (company) => `感谢您考虑加入${company}。如您接受以下录用，请点击下方按钮确认：`,
    decline: (company) => `感谢您对${company}的关注。如您决定不接受以下录用，请告诉我们原因：`,
  },
  company: '公司',
  position: '职位',
  department: '部门',
  startDate: '入职日期',
  answerBy: '请在此时间前回复',
  button: { accept: '接受录用', decline: '婉拒录用' },
  declineReasonLabel: '婉拒原因（必填）',
  declineReasonRequired: '请填写婉拒原因。',
  otherChoice: {
    accept: '如需婉拒，请使用录用通知邮件中的“婉拒”链接。',
    decline: '如需接受录用，请使用录用通知邮件中的“接受”链接。',
  },
  closed: {
    accepted: '您已接受此录用，无需再次回复。',
    declined: '您已婉拒此录用。',
    expired: '此录用通知已过回复期限。如有疑问，请联系招聘负责人。',
    withdrawn: '此录用通知已撤回。如有疑问，请联系招聘负责人。',
    default: '此录用通知当前无法回复，请联系招聘负责人。',
  },
  done: {
    accepted: { heading: '已接受录用', text: '感谢您接受录用！我们将尽快与您联系入职事宜。' },
    declined: { heading: '已婉拒录用', text: '我们已收到您的回复，感谢您告知，祝您一切顺利。' },
  },
  errorHeading: '无法使用此链接',
  reasonLabel: '错误代码',
  errors: {
    OFFER_LINK_INVALID: '此链接无效，请使用录用通知邮件中的链接。',
    OFFER_LINK_EXPIRED: '此链接已过期。如仍需回复，请联系招聘负责人。',
    OFFER_LINK_SUPERSEDED: '录用条件已更新，此链接已失效。请使用最新录用通知邮件中的链接。',
    OFFER_LINK_MALFORMED: '链接不完整或格式有误，请从邮件中完整复制链接。',
    OFFER_LINK_WRONG_ACTION: '此链接不能用于该操作。',
    OFFER_EXPIRED: '此录用通知已过回复期限，无法再回复。如有疑问，请联系招聘负责人。',
    OFFER_ALREADY_ANSWERED: '您已回复过此录用通知。',
    OFFER_NOT_SENT: '此录用通知当前无法回复，请联系招聘负责人。',
    OFFER_NOT_FOUND: '找不到此录用通知，请联系招聘负责人。',
    VALIDATION_FAILED: '请填写婉拒原因后再提交。',
    RATE_LIMITED: '请求过于频繁，请稍后再试。',
    default: '暂时无法处理您的请求，请稍后再试或联系招聘负责人。',
  },
};

const en: OfferPageText = {
  documentTitle: 'Your offer',
  heading: { accept: 'Accept the offer', decline: 'Decline the offer' },
  greeting: (name) => `Dear ${name},`,
  intro: {
    accept: (company) => `Thank you for considering ${company}. To accept the offer below, please confirm:`,
    decline: (company) => `Thank you for your interest in ${company}. If you decide not to accept the offer below, please tell us why:`,
  },
  company: 'Company',
  position: 'Position',
  department: 'Department',
  startDate: 'Start date',
  answerBy: 'Please answer by',
  button: { accept: 'Accept the offer', decline: 'Decline the offer' },
  declineReasonLabel: 'Reason (required)',
  declineReasonRequired: 'Please give a reason for declining.',
  otherChoice: {
    accept: 'To decline instead, use the "Decline" link in your offer e-mail.',
    decline: 'To accept instead, use the "Accept" link in your offer e-mail.',
  },
  closed: {
    accepted: 'You have accepted this offer: no further answer is needed.',
    declined: 'You have declined this offer.',
    expired: 'The time to answer this offer has passed. If you have questions, please contact the recruiter.',
    withdrawn: 'This offer has been withdrawn. If you have questions, please contact the recruiter.',
    default: 'This offer cannot be answered right now. Please contact the recruiter.',
  },
  done: {
    accepted: { heading: 'Offer accepted', text: 'Thank you for accepting! We will be in touch about your first day.' },
    declined: { heading: 'Offer declined', text: 'We have received your answer. Thank you for letting us know, and all the best.' },
  },
  errorHeading: 'This link cannot be used',
  reasonLabel: 'Error code',
  errors: {
    OFFER_LINK_INVALID: 'This link is not valid. Please use the link in your offer e-mail.',
    OFFER_LINK_EXPIRED: 'This link has expired. If you still need to answer, please contact the recruiter.',
    OFFER_LINK_SUPERSEDED: 'The offer has changed since this link was sent. Please use the link in the latest offer e-mail.',
    OFFER_LINK_MALFORMED: 'This link is incomplete or malformed. Please copy the whole link from the e-mail.',
    OFFER_LINK_WRONG_ACTION: 'This link cannot be used for that.',
    OFFER_EXPIRED: 'The time to answer this offer has passed. If you have questions, please contact the recruiter.',
    OFFER_ALREADY_ANSWERED: 'This offer has already been answered.',
    OFFER_NOT_SENT: 'This offer cannot be answered right now. Please contact the recruiter.',
    OFFER_NOT_FOUND: 'This offer could not be found. Please contact the recruiter.',
    VALIDATION_FAILED: 'Please give a reason for declining, then send the form again.',
    RATE_LIMITED: 'Too many requests. Please try again in a minute.',
    default: 'Your request cannot be handled right now. Please try again later or contact the recruiter.',
  },
};

export const OFFER_PAGE_TEXT: Record<Locale, OfferPageText> = { 'zh-CN': zh, en };
