import { z } from 'zod';
import { DomainError } from '@hr/platform';
import { LOCALES } from '../i18n/messages';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { sendPage } from '../pages/link-pages';
import { declineReasonRequired, renderOfferAnswered, renderOfferRefusal, renderOfferResponseForm } from '../pages/offer-response-pages';
import { assertFormOrJson, assertLinkAction, assertLinkToken, linkLocale, linkTokenParams, refusalPages, wantsHtml } from './public-links';
import type { RouteDeps } from './route-deps';
import { timestamp } from './schemas/common.schemas';
import { OFFER_STATUSES } from './schemas/offer.schemas';

const TAGS = ['public'];
const BASE = '/public/v1/offer-responses';
const REASON_PREFIX = 'OFFER_LINK' as const;
const ACTIONS = ['accept', 'decline'] as const;
const tokenParams = linkTokenParams('The signed token of the accept or decline link in the offer e-mail');

const answerBody = z.strictObject({
  action: z.enum(ACTIONS).optional().describe('The answer the link is for (the token carries it); another one is refused'),
  reason: z.string().trim().max(1000).optional().describe('Why the candidate declines: required to decline'),
});

const linkSchema = z
  .object({
    action: z.enum(ACTIONS).describe('The one answer this link gives'),
    offerStatus: z.enum(OFFER_STATUSES).describe('sent while it can be answered'),
    candidateName: z.string(),
    companyName: z.string(),
    positionTitle: z.string(),
    departmentName: z.string(),
    startDate: z.string().describe('YYYY-MM-DD'),
    expiresAt: timestamp.optional().describe('The deadline for the answer'),
    locale: z.enum(LOCALES).describe('The language of the letter'),
  })
  .describe('No pay: a forwarded link must not reveal it')
  .meta({ id: 'OfferResponseLink' });

const answerSchema = z
  .object({ offerStatus: z.enum(['accepted', 'declined']), locale: z.enum(LOCALES) })
  .meta({ id: 'OfferResponseAnswer' });

const REFUSALS =
  'A refused link: OFFER_LINK_MALFORMED (400), OFFER_LINK_INVALID (403, forged or altered), OFFER_LINK_EXPIRED, ' +
  'OFFER_LINK_SUPERSEDED (the terms changed since), OFFER_EXPIRED or OFFER_ALREADY_ANSWERED (409). ' +
  'Browsers get an HTML page in zh-CN or en, JSON callers problem+json.';

const reasonMissing = () => DomainError.invalid('reason', 'required');

/**
 * The candidate's accept / decline links of an offer (no account: the signed token is the proof).
 * GET only shows the page, because mail scanners fetch links to inspect them; the answer is the POST.
 */
export function publicOfferResponseRoutes({ offers, publicRateLimit, logger, companyTimeZone }: RouteDeps): AnyRoute[] {
  const errorHandler = refusalPages(logger, renderOfferRefusal);
  return [
    defineRoute({
      method: 'get',
      path: `${BASE}/{token}`,
      operationId: 'showOfferResponseLink',
      summary: "The page of a candidate's accept / decline link",
      description:
        'An HTML page in the letter’s language: the company, position, department, start date and answer deadline, and the one ' +
        'answer the link gives (decline with a required reason), as a form posting back here. No salary: links get forwarded. ' +
        'Showing it changes nothing. With `Accept: application/json`, the same facts as JSON.',
      tags: TAGS,
      roles: 'public',
      middleware: [publicRateLimit],
      errorHandler,
      params: tokenParams,
      responses: { 200: { description: 'The page (or the link as JSON)', html: true, schema: linkSchema } },
      problems: { 403: REFUSALS, 409: REFUSALS },
      handler: async ({ params, req, res }) => {
        const token = assertLinkToken(params.token, REASON_PREFIX);
        const link = await offers.describeAnswerLink({ token });
        const locale = linkLocale(link.locale, req);
        // The page names the candidate: no cache along the way keeps it.
        res.setHeader('Cache-Control', 'no-store');
        if (!wantsHtml(req)) return { ...link, locale };
        sendPage(res, 200, locale, renderOfferResponseForm(link, locale, { timeZone: companyTimeZone }));
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: `${BASE}/{token}`,
      operationId: 'answerOfferByLink',
      summary: 'Accept or decline an offer through the link',
      description:
        'Takes the form of the page (application/x-www-form-urlencoded, answered with a page) or JSON (answered with JSON). ' +
        'The answer is the one the token carries; declining needs `reason` (400 naming it). An answer is final.',
      tags: TAGS,
      roles: 'public',
      middleware: [publicRateLimit],
      errorHandler,
      formBody: true,
      params: tokenParams,
      body: answerBody,
      responses: { 200: { description: 'The answer recorded (a page for a form post)', html: true, schema: answerSchema } },
      problems: { 403: REFUSALS, 409: REFUSALS, 415: 'Neither a form nor JSON' },
      handler: async ({ params, body, req, res }) => {
        assertFormOrJson(req);
        const token = assertLinkToken(params.token, REASON_PREFIX);
        const link = await offers.describeAnswerLink({ token });
        assertLinkAction(body.action, link.action, REASON_PREFIX);
        const declining = link.action === 'decline';
        if (declining && !body.reason) {
          if (!wantsHtml(req)) throw reasonMissing();
          // The form again, saying what is missing, rather than a dead end.
          const locale = linkLocale(link.locale, req);
          sendPage(res, 400, locale, renderOfferResponseForm(link, locale, { timeZone: companyTimeZone, error: declineReasonRequired(locale) }));
          return undefined;
        }
        const answer = await offers.answerByLink({ token, reason: declining ? (body.reason ?? '') : '' });
        const locale = linkLocale(answer.locale, req);
        if (!wantsHtml(req)) return { offerStatus: answer.offerStatus, locale };
        sendPage(res, 200, locale, renderOfferAnswered(answer.offerStatus, locale));
        return undefined;
      },
    }),
  ];
}
