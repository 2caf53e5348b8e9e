import { z } from 'zod';
import { LOCALES } from '../i18n/messages';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { sendPage } from '../pages/link-pages';
import { renderAnswered, renderRefusal, renderResponseForm } from '../pages/response-pages';
import { assertFormOrJson, assertLinkAction, assertLinkToken, linkLocale, linkTokenParams, refusalPages, wantsHtml } from './public-links';
import type { RouteDeps } from './route-deps';
import { timestamp } from './schemas/common.schemas';

const TAGS = ['public'];
const BASE = '/public/v1/interview-responses';
const REASON_PREFIX = 'RESPONSE_LINK' as const;
const tokenParams = linkTokenParams('The signed token of the link in the invitation e-mail');

const answerBody = z.strictObject({
  action: z.enum(['confirm', 'decline']).optional().describe('The answer the link is for (the token carries it); another one is refused'),
  comment: z.string().trim().max(1000).optional().describe('Why the candidate declines'),
});

const linkSchema = z
  .object({
    action: z.enum(['confirm', 'decline']).describe('The one answer this link gives'),
    positionTitle: z.string(),
    candidateName: z.string(),
    startsAt: timestamp.optional(),
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    locale: z.enum(LOCALES).describe('The language of the invitation'),
    candidateResponse: z.enum(['pending', 'confirmed', 'declined']),
  })
  .meta({ id: 'InterviewResponseLink' });

const answerSchema = z
  .object({ candidateResponse: z.enum(['confirmed', 'declined']), locale: z.enum(LOCALES) })
  .meta({ id: 'InterviewResponseAnswer' });

const REFUSALS =
  'A refused link: RESPONSE_LINK_MALFORMED (400), RESPONSE_LINK_INVALID (403, forged or altered), RESPONSE_LINK_EXPIRED or ' +
  'RESPONSE_LINK_SUPERSEDED (409, the interview changed since). Browsers get an HTML page in zh-CN or en, JSON callers problem+json.';

/**
 * The candidate's confirm / decline links (no account: the signed token is the proof). GET only
 * shows the page, because mail scanners fetch links to inspect them; the answer is the form's POST.
 */
export function publicInterviewResponseRoutes({ interviews, publicRateLimit, logger }: RouteDeps): AnyRoute[] {
  const errorHandler = refusalPages(logger, renderRefusal);
  return [
    defineRoute({
      method: 'get',
      path: `${BASE}/{token}`,
      operationId: 'showInterviewResponseLink',
      summary: "The page of a candidate's confirm / decline link",
      description:
        'An HTML page in the invitation’s language: the position, the time in the interview’s time zone and the one answer ' +
        'the link gives (decline with an optional comment), as a form posting back here. Showing it changes nothing. ' +
        'With `Accept: application/json`, the same facts as JSON.',
      tags: TAGS,
      roles: 'public',
      middleware: [publicRateLimit],
      errorHandler,
      params: tokenParams,
      responses: { 200: { description: 'The page (or the link as JSON)', html: true, schema: linkSchema } },
      problems: { 403: REFUSALS, 409: REFUSALS },
      handler: async ({ params, req, res }) => {
        const token = assertLinkToken(params.token, REASON_PREFIX);
        const link = await interviews.describeResponseLink({ token });
        const locale = linkLocale(link.locale, req);
        // The answer names the candidate: no cache along the way keeps it.
        res.setHeader('Cache-Control', 'no-store');
        if (!wantsHtml(req)) return { ...link, locale };
        sendPage(res, 200, locale, renderResponseForm(link, locale));
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: `${BASE}/{token}`,
      operationId: 'answerInterviewInvitation',
      summary: 'Confirm or decline an interview through the link',
      description:
        'Takes the form of the page (application/x-www-form-urlencoded, answered with a page) or JSON (answered with JSON). ' +
        'The answer is the one the token carries; answering again with the same link changes nothing.',
      tags: TAGS,
      roles: 'public',
      middleware: [publicRateLimit],
      errorHandler,
      formBody: true,
      params: tokenParams,
      body: answerBody,
      responses: { 200: { description: 'The answer recorded (a page for a form post)', html: true, schema: answerSchema } },
      problems: { 403: REFUSALS, 409: `${REFUSALS} Also: the interview was cancelled or has started.`, 415: 'Neither a form nor JSON' },
      handler: async ({ params, body, req, res }) => {
        assertFormOrJson(req);
        const token = assertLinkToken(params.token, REASON_PREFIX);
        if (body.action) assertLinkAction(body.action, (await interviews.describeResponseLink({ token })).action, REASON_PREFIX);
        const answer = await interviews.respondToInvitation({ token, comment: body.comment ?? '' });
        const locale = linkLocale(answer.locale, req);
        if (!wantsHtml(req)) return { candidateResponse: answer.candidateResponse, locale };
        sendPage(res, 200, locale, renderAnswered(answer.candidateResponse, locale));
        return undefined;
      },
    }),
  ];
}
