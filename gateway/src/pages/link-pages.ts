import type { Response } from 'express';
import type { Locale } from '../i18n/messages';
import { PAGE_CSP, messagePage } from './response-page.templates';

/** Intl locales of the page languages: British English writes "5 March 2030". */
export const INTL_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** What a refused link page says, in one language. */
export interface RefusalText {
  documentTitle: string;
  errorHeading: string;
  /** "Error code": labels the reason, which helps the recruiter the candidate may call. */
  reasonLabel: string;
  /** What a refused link means to the candidate, by the service's reason; `default` for the rest. */
  errors: Record<string, string>;
}

/** A refused link, in the candidate's words, with its reason code. */
export function renderRefusalPage(text: RefusalText, reason: string, locale: Locale): string {
  return messagePage({
    lang: locale,
    documentTitle: text.documentTitle,
    heading: text.errorHeading,
    text: Object.hasOwn(text.errors, reason) ? text.errors[reason] : text.errors.default,
    code: reason,
    codeLabel: text.reasonLabel,
  });
}

/** Pages carry a link token: never cached, never indexed, and locked down beyond the API's headers. */
export function sendPage(res: Response, status: number, locale: Locale, html: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Content-Language', locale);
  res.send(html);
}
