import type { interviewV1 } from '@hr/contracts';
import type { Locale } from '../i18n/messages';
import { canonicalTimeZone } from '../i18n/time-zone';
import { INTL_LOCALES, renderRefusalPage } from './link-pages';
import { CandidateAnswer, RESPONSE_PAGE_TEXT, ResponseAction } from './response-page.messages';
import { messagePage, responseFormPage } from './response-page.templates';

/** `2026年3月5日星期四 14:00–15:00 (Asia/Shanghai, GMT+8)`, in the interview's own zone. */
export function formatSlot(startsAt: Date, minutes: number, zone: string, locale: Locale): string {
  const timeZone = canonicalTimeZone(zone) ?? 'UTC';
  const intl = INTL_LOCALES[locale];
  const day = new Intl.DateTimeFormat(intl, { timeZone, dateStyle: 'full' }).format(startsAt);
  const clock = new Intl.DateTimeFormat(intl, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const end = new Date(startsAt.getTime() + minutes * 60_000);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(startsAt)
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${day} ${clock.format(startsAt)}–${clock.format(end)} (${timeZone}${offset ? `, ${offset}` : ''})`;
}

const ANSWER_OF: Record<ResponseAction, CandidateAnswer> = { confirm: 'confirmed', decline: 'declined' };

/** The page behind an interview link: what the interview is, and the one answer the link gives. */
export function renderResponseForm(link: interviewV1.DescribeResponseLinkResponse, locale: Locale): string {
  const t = RESPONSE_PAGE_TEXT[locale];
  const action: ResponseAction = link.action === 'decline' ? 'decline' : 'confirm';
  const current = link.candidateResponse === 'confirmed' || link.candidateResponse === 'declined' ? link.candidateResponse : undefined;
  const details = [{ label: t.position, value: link.positionTitle }];
  if (link.startsAt) details.push({ label: t.time, value: formatSlot(link.startsAt, link.durationMinutes, link.timeZone, locale) });
  details.push({ label: t.duration, value: t.minutes(link.durationMinutes) });
  return responseFormPage({
    lang: locale,
    documentTitle: t.documentTitle,
    heading: t.heading[action],
    greeting: t.greeting(link.candidateName),
    intro: t.intro[action],
    details,
    statusNote: current ? t.already[current] : undefined,
    form:
      current === ANSWER_OF[action]
        ? undefined
        : { action, button: t.button[action], field: action === 'decline' ? { name: 'comment', label: t.commentLabel } : undefined },
    otherChoice: t.otherChoice[action],
  });
}

export function renderAnswered(answer: string, locale: Locale): string {
  const t = RESPONSE_PAGE_TEXT[locale];
  const done = t.done[answer === 'declined' ? 'declined' : 'confirmed'];
  return messagePage({ lang: locale, documentTitle: t.documentTitle, heading: done.heading, text: done.text });
}

/** A refused interview link, in the candidate's words; the reason code helps the recruiter they may call. */
export function renderRefusal(reason: string, locale: Locale): string {
  return renderRefusalPage(RESPONSE_PAGE_TEXT[locale], reason, locale);
}
