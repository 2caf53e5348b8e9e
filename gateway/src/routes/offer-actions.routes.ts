import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { actionRouteFactory } from './action-routes';
import { withRequestFields } from './offer-facts';
import { toProtoProbation, toProtoSalary } from './offer-input.mappers';
import { presentOffer, presentSend } from './offer.mappers';
import { OFFER_APPROVERS, OFFER_AUTHORS, OFFER_TAGS } from './offers.routes';
import { present } from './present';
import type { RouteDeps } from './route-deps';
import { serviceIdParams } from './schemas/common.schemas';
import { offerSchema, sendResultSchema } from './schemas/offer-output.schemas';
import { answerBody, approveBody, decisionCommentBody, sendBody, withdrawBody } from './schemas/offer.schemas';

const action = actionRouteFactory({ basePath: '/api/v1/offers', tags: OFFER_TAGS, entity: 'offer', schema: offerSchema, present: presentOffer });

const DECISION =
  'Only an approver of the current level may decide, once per round: others answer 403 NOT_CURRENT_APPROVER, a second decision ' +
  '409 ALREADY_DECIDED, an offer not pending approval 409 OFFER_NOT_PENDING_APPROVAL.';
const DECISION_PROBLEMS = {
  403: `ROLE_REQUIRED (needs one of ${OFFER_APPROVERS.join(', ')}) or NOT_CURRENT_APPROVER (another level decides now)`,
  409: 'ALREADY_DECIDED, OFFER_NOT_PENDING_APPROVAL',
};
const SEND_409 =
  'OFFER_NOT_APPROVED: only an approved offer goes out; the detail says what it is instead (a draft, pending approval, rejected, ' +
  'returned for changes). OFFER_EXPIRED: its expiry has passed. OFFER_CLOSED: accepted, declined or withdrawn. NO_OFFER_TEMPLATE.';

export function offerActionRoutes({ offers, fileCallDeadlineMs }: RouteDeps): AnyRoute[] {
  return [
    action({
      action: 'submit',
      operationId: 'submitOffer',
      summary: 'Submit for approval: starts a round (HR manager → department head → general manager by default)',
      description: 'The terms are checked again (a start date or expiry may have passed since the draft). Levels that do not apply are skipped.',
      roles: OFFER_AUTHORS,
      problems: { 409: 'Not a draft or returned offer, or no approval level applies (NO_APPROVAL_LEVELS)' },
      call: (id) => offers.submitOffer({ id }),
    }),
    action({
      action: 'approve',
      operationId: 'approveOffer',
      summary: 'Approve at the current level; after the last level the offer is approved (OFFER列表)',
      description: DECISION,
      roles: OFFER_APPROVERS,
      problems: DECISION_PROBLEMS,
      body: approveBody,
      call: (id, body) => offers.approveOffer({ id, comment: body.comment ?? '' }),
    }),
    action({
      action: 'reject',
      operationId: 'rejectOffer',
      summary: 'Reject at the current level (final; comment required)',
      description: DECISION,
      roles: OFFER_APPROVERS,
      problems: DECISION_PROBLEMS,
      body: decisionCommentBody,
      call: (id, body) => offers.rejectOffer({ id, comment: body.comment }),
    }),
    action({
      action: 'return',
      operationId: 'returnOffer',
      summary: 'Return for changes (HR edits and resubmits; comment required)',
      description: DECISION,
      roles: OFFER_APPROVERS,
      problems: DECISION_PROBLEMS,
      body: decisionCommentBody,
      call: (id, body) => offers.returnOffer({ id, comment: body.comment }),
    }),
    action({
      action: 'withdraw',
      operationId: 'withdrawOffer',
      summary: 'Withdraw an offer not yet answered (reason required)',
      roles: OFFER_AUTHORS,
      body: withdrawBody,
      problems: { 409: 'OFFER_CLOSED: answered, rejected, expired or withdrawn already' },
      call: (id, body) => offers.withdrawOffer({ id, reason: body.reason }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/offers/{id}/send',
      operationId: 'sendOffer',
      summary: 'Send the letter: an e-mail with the letter as HTML and PDF and the accept / decline links',
      description:
        'Only an approved (or already sent) offer that has not expired goes out. Each send is recorded (when, by whom, to which address, ' +
        'the exact template version) and counted in `sendCount`; sending again mails the same terms with fresh links.',
      tags: OFFER_TAGS,
      roles: OFFER_AUTHORS,
      params: serviceIdParams,
      body: sendBody,
      responses: { 200: { description: 'The offer after the send, and the send recorded', schema: sendResultSchema } },
      problems: { 409: SEND_409 },
      handler: async ({ params, body }) => {
        const request = {
          id: params.id,
          toEmail: body.toEmail ?? '',
          locale: body.locale ?? '',
          templateId: body.templateId ?? '',
          templateVersion: body.templateVersion ?? 0,
        };
        // Rendering the PDF letter takes longer than a lookup.
        const response = await offers.sendOffer(request, { deadlineMs: fileCallDeadlineMs });
        return { offer: presentOffer(present(response.offer, 'offer')), send: presentSend(present(response.send, 'send')) };
      },
    }),
    action({
      action: 'answer',
      operationId: 'recordOfferAnswer',
      summary: "Record the candidate's verbal answer, or a change negotiated with them",
      description:
        '`accepted` / `declined` (with the reason in `comment`) close the offer as a link answer would. `negotiated` records the agreed ' +
        'change with `comment`: a new salary, probation or start date starts a new approval round (links already sent stop working); ' +
        'a later `expiresAt` alone does not.',
      roles: OFFER_AUTHORS,
      body: answerBody,
      problems: { 409: 'OFFER_ALREADY_ANSWERED, OFFER_NOT_SENT, OFFER_NOT_NEGOTIABLE, OFFER_EXPIRED' },
      call: (id, body) =>
        withRequestFields(() =>
          offers.recordAnswer({
            id,
            answer: body.answer,
            comment: body.comment ?? '',
            salary: body.salary && toProtoSalary(body.salary),
            probation: body.probation && toProtoProbation(body.probation),
            startDate: body.startDate,
            expiresAt: body.expiresAt ? new Date(body.expiresAt) : undefined,
          }),
        ),
    }),
  ];
}
