import type { Locale } from '../../domain/notification';
import { formatDate, formatDateTime } from './date-formatting';

export type OfferOutcome =
  | { kind: 'accepted'; number: string; candidateName: string; positionTitle: string; departmentName: string; startDate: string; via: 'link' | 'verbal' }
  | { kind: 'declined'; number: string; candidateName?: string; reason: string; via: 'link' | 'verbal' }
  | { kind: 'expired'; number: string; candidateName?: string; expiresAt: Date }
  | { kind: ApprovalDecision; number: string; candidateName?: string; comment: string };

/** The approval chain's final word: every level approved, or one level rejected or returned the offer. */
export type ApprovalDecision = 'approved' | 'rejected' | 'returned';

export interface OfferOutcomeText {
  title: string;
  message: string;
}

const TITLES: Record<Locale, Record<OfferOutcome['kind'], string>> = {
  'zh-CN': {
    accepted: '候选人已接受录用',
    declined: '候选人已婉拒录用',
    expired: '录用通知已过期',
    approved: '录用审批已通过',
    rejected: '录用审批未通过',
    returned: '录用审批已退回修改',
  },
  en: {
    accepted: 'The candidate accepted the offer',
    declined: 'The candidate declined the offer',
    expired: 'The offer expired',
    approved: 'The offer was approved',
    rejected: 'The offer was rejected in approval',
    returned: 'The offer was returned for changes',
  },
};

const DECISIONS: Record<Locale, Record<ApprovalDecision, (offer: string) => string>> = {
  'zh-CN': {
    approved: (offer) => `${offer}已通过全部审批，可以发送给候选人。`,
    rejected: (offer) => `${offer}在审批中被拒绝。`,
    returned: (offer) => `${offer}已被退回修改，请按审批意见修改后重新提交。`,
  },
  en: {
    approved: (offer) => `${offer} was approved at every level and is ready to send.`,
    rejected: (offer) => `${offer} was rejected in approval.`,
    returned: (offer) => `${offer} was returned for changes; please revise it and submit it again.`,
  },
};

const VERBAL: Record<Locale, string> = { 'zh-CN': '（HR 记录的口头答复）', en: ' (a verbal answer recorded by HR)' };
const REASON: Record<Locale, string> = { 'zh-CN': '婉拒原因：', en: 'Reason: ' };
const COMMENT: Record<Locale, string> = { 'zh-CN': '审批意见：', en: "The approver's comment: " };

/**
 * The inbox notice to the HR who created an offer, in the generic template's title and message.
 * Offers are named by number, with the candidate when known (remembered from the letter's send).
 * No pay is written: an inbox item is read by whoever looks at the HR's screen.
 */
export function offerOutcomeText(locale: Locale, timeZone: string, outcome: OfferOutcome): OfferOutcomeText {
  const zh = locale === 'zh-CN';
  const verbal = 'via' in outcome && outcome.via === 'verbal' ? VERBAL[locale] : '';
  let message: string;
  if (outcome.kind === 'accepted') {
    const start = calendarDate(outcome.startDate, locale);
    const what = `${outcome.positionTitle}${zh ? '，' : ', '}${outcome.departmentName}`;
    message = zh
      ? `${outcome.candidateName}已接受录用通知 ${outcome.number}（${what}）${verbal}，入职日期：${start}。`
      : `${outcome.candidateName} accepted offer ${outcome.number} (${what})${verbal}; start date: ${start}.`;
  } else if (outcome.kind === 'declined') {
    const reason = outcome.reason.trim();
    message =
      (zh ? `${describe(locale, outcome)}已被候选人婉拒${verbal}。` : `${describe(locale, outcome)} was declined${verbal}.`) +
      (reason ? `\n\n${REASON[locale]}${reason}` : '');
  } else if (outcome.kind !== 'expired') {
    const comment = outcome.comment.trim();
    message = DECISIONS[locale][outcome.kind](describe(locale, outcome)) + (comment ? `\n\n${COMMENT[locale]}${comment}` : '');
  } else {
    const when = formatDateTime(outcome.expiresAt, locale, timeZone);
    message = zh
      ? `${describe(locale, outcome)}已于 ${when} 过期，候选人未答复。`
      : `${describe(locale, outcome)} expired on ${when} without an answer.`;
  }
  return { title: TITLES[locale][outcome.kind], message: message.slice(0, 5000) };
}

function describe(locale: Locale, offer: { number: string; candidateName?: string }): string {
  const name = offer.candidateName?.trim();
  if (locale === 'zh-CN') return name ? `${name}的录用通知 ${offer.number}` : `录用通知 ${offer.number}`;
  return name ? `Offer ${offer.number} for ${name}` : `Offer ${offer.number}`;
}

/** A start date is a calendar date (`2026-04-01`), shown as it is in any time zone. */
function calendarDate(value: string, locale: Locale): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date, locale, 'UTC') : value;
}
