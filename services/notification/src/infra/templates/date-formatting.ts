import type { Locale } from '../../domain/notification';

const INTL_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** `2026年12月3日 14:00` / `3 Dec 2026, 14:00`, in the company time zone. */
export function formatDateTime(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone,
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(value);
}

/** `2026年12月3日` / `3 Dec 2026`, in the company time zone. */
export function formatDate(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone,
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(value);
}

/** Throws on a zone Intl does not know, so a bad COMPANY_TIMEZONE stops start-up instead of every send. */
export function assertTimeZone(timeZone: string): void {
  new Intl.DateTimeFormat('en', { timeZone });
}
