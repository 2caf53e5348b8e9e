import type { ErrorRequestHandler, Request } from 'express';
import { z } from 'zod';
import { DomainError, Logger, violation } from '@hr/platform';
import { LocalisedText, t } from '@hr/workflow';
import type { SignedLinkKind } from '@hr/platform';
import { LOCALES, Locale, negotiateLocale } from '../i18n/messages';
import { HttpProblem } from '../middleware/problem';
import { problemFor } from '../middleware/problem.middleware';
import { sendPage } from '../pages/link-pages';

/**
 * What the candidates' signed-link routes (interview answers, offer answers) share: the token's
 * shape, page-or-JSON negotiation, the body types they take and the refusal pages.
 */

/** base64url payload '.' base64url signature, as the services sign links (@hr/platform signToken). */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{1,1024}\.[A-Za-z0-9_-]{1,128}$/;

export function linkTokenParams(description: string) {
  return z.object({ token: z.string().meta({ pattern: LINK_TOKEN.source, description }) });
}

/** A token that cannot be one never reaches the service: `<prefix>_MALFORMED` (400). */
export function assertLinkToken(token: string, reasonPrefix: SignedLinkKind): string {
  if (!LINK_TOKEN.test(token)) throw new DomainError('invalid_argument', `${reasonPrefix}_MALFORMED`, 'the link is malformed');
  return token;
}

/** What the links are for, as the candidate reads it. */
const LINK_ACTIONS: Record<string, LocalisedText> = {
  confirm: t('确认参加面试', 'confirm the interview'),
  decline: t('婉拒', 'decline'),
  accept: t('接受录用', 'accept the offer'),
};

/** The form may name the answer it means; it must be the one the token carries (400 naming `action`). */
export function assertLinkAction(given: string | undefined, linkAction: string, reasonPrefix: SignedLinkKind): void {
  if (!given || given === linkAction) return;
  throw new DomainError('invalid_argument', `${reasonPrefix}_WRONG_ACTION`, `this link may only be used to ${linkAction}`, [
    violation('action', 'link_action', { action: LINK_ACTIONS[linkAction] ?? linkAction }),
  ]);
}

/** A form post or a browser gets pages; a JSON body or an Accept preferring JSON gets JSON and problem+json. */
export function wantsHtml(req: Request): boolean {
  if (req.method === 'POST' && req.is('application/x-www-form-urlencoded')) return true;
  if (req.method === 'POST' && req.is('application/json')) return false;
  return req.accepts(['text/html', 'application/json', 'application/problem+json']) === 'text/html';
}

/** The language the link was sent in; the browser's when the service names none. */
export function linkLocale(value: string, req: Request): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : negotiateLocale(req.get('accept-language'));
}

export function assertFormOrJson(req: Request): void {
  if (req.get('content-type') && !req.is(['application/json', 'application/x-www-form-urlencoded'])) {
    throw new HttpProblem(415, 'unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', 'send application/x-www-form-urlencoded or application/json');
  }
}

/** Failures reach browsers as a page (the problem's status and reason); everyone else gets problem+json. */
export function refusalPages(logger: Logger, render: (reason: string, locale: Locale) => string): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent || !wantsHtml(req)) {
      next(error);
      return;
    }
    const problem = problemFor(req, res, error);
    if (problem.status >= 500) logger.warn({ err: error, correlationId: res.locals.correlationId, reason: problem.reason }, 'response page failed');
    const locale = negotiateLocale(req.get('accept-language'));
    sendPage(res, problem.status, locale, render(problem.reason, locale));
  };
}
