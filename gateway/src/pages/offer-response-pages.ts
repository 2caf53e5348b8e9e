import type { offerV1 } from '@hr/contracts';
import type { Locale } from '../i18n/messages';
import { canonicalTimeZone } from '../i18n/time-zone';
import { INTL_LOCALES, renderRefusalPage } from './link-pages';
import { OFFER_PAGE_TEXT, OfferLinkAction } from './offer-response-page.messages';
import { messagePage, responseFormPage } from './response-page.templates';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2030年4月1日` / `1 April 2030`: a calendar date has no zone, so it is formatted as UTC midnight. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const match = DATE.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: 'UTC', dateStyle: 'long' }).format(utc);
}

/** `2030年3月20日 18:00 (Asia/Shanghai)`, in the company's zone where the deadline was set. */
export function formatDeadline(at: Date, zone: string, locale: Locale): string {
  const timeZone = canonicalTimeZone(zone) ?? 'UTC';
  const text = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone, dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(at);
  return `${text} (${timeZone})`;
}

export interface OfferFormOptions {
  /** The company's zone: the deadline is shown in it. */
  timeZone: string;
  /** A refused post (no reason to decline): the form again, with this message. */
  error?: string;
}

/**
 * The page behind an offer link: who it is for, the position, department and start date, and the one
 * answer the link gives. Deliberately no pay: links get forwarded, and the letter itself is in the e-mail.
 */
export function renderOfferResponseForm(link: offerV1.DescribeAnswerLinkResponse, locale: Locale, options: OfferFormOptions): string {
  const t = OFFER_PAGE_TEXT[locale];
  const action: OfferLinkAction = link.action === 'decline' ? 'decline' : 'accept';
  const details = [
    { label: t.company, value: link.companyName },
    { label: t.position, value: link.positionTitle },
    { label: t.department, value: link.departmentName },
    { label: t.startDate, value: formatCalendarDate(link.startDate, locale) },
  ].filter((detail) => detail.value);
  const open = link.offerStatus === 'sent';
  if (open && link.expiresAt) details.push({ label: t.answerBy, value: formatDeadline(link.expiresAt, options.timeZone, locale) });
  const field = action === 'decline' ? { name: 'reason', label: t.declineReasonLabel, required: true } : undefined;
  return responseFormPage({
    lang: locale,
    documentTitle: t.documentTitle,
    heading: t.heading[action],
    greeting: t.greeting(link.candidateName),
    intro: t.intro[action](link.companyName),
    details,
    statusNote: open ? undefined : (t.closed[link.offerStatus] ?? t.closed.default),
    error: options.error,
    form: open ? { action, button: t.button[action], field } : undefined,
    otherChoice: open ? t.otherChoice[action] : undefined,
  });
}

/** The missing decline reason, in the page's words. */
export function declineReasonRequired(locale: Locale): string {
  return OFFER_PAGE_TEXT[locale].declineReasonRequired;
}

export function renderOfferAnswered(status: string, locale: Locale): string {
  const t = OFFER_PAGE_TEXT[locale];
  const done = t.done[status === 'declined' ? 'declined' : 'accepted'];
  return messagePage({ lang: locale, documentTitle: t.documentTitle, heading: done.heading, text: done.text });
}

/** A refused offer link, in the candidate's words; the reason code helps the recruiter they may call. */
export function renderOfferRefusal(reason: string, locale: Locale): string {
  return renderRefusalPage(OFFER_PAGE_TEXT[locale], reason, locale);
}
