import type { Role } from '@hr/workflow';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { departmentName, departmentNameForApplication, resolveReportingManager, withRequestFields } from './offer-facts';
import { mergeOfferTerms, toOfferTerms } from './offer-input.mappers';
import { presentOffer } from './offer.mappers';
import { present } from './present';
import { RouteDeps, pageOf } from './route-deps';
import { serviceIdParams } from './schemas/common.schemas';
import { offerListSchema, offerSchema } from './schemas/offer-output.schemas';
import { awaitingQuery, createOfferBody, listOffersQuery, patchOfferBody } from './schemas/offer.schemas';

export const OFFER_TAGS = ['offers'];
/** HR drafts, submits, sends and follows up offers. */
export const OFFER_AUTHORS: readonly Role[] = ['hr', 'hr_manager'];
/**
 * Who may sit on an approval level (by default HR manager → department head → general manager;
 * configuration may name `approver` users). The service checks the caller is the current level's.
 */
export const OFFER_APPROVERS: readonly Role[] = ['hr_manager', 'dept_manager', 'general_manager', 'approver'];
/** HR and the approvers; the service narrows department heads to their department and approvers to what awaits them. */
export const OFFER_READERS: readonly Role[] = ['hr', 'hr_manager', 'dept_manager', 'general_manager', 'approver'];

const TERMS_400 = 'Invalid terms, each named in `errors` (e.g. `salary.monthlyBase`, `probation.salary`, `startDate`, `expiresAt`)';
const CREATE_409 =
  'APPLICATION_NOT_IN_OFFER_STAGE (move the application to the offer stage first), OFFER_EXISTS (the application has an open offer), ' +
  'CANDIDATE_EMAIL_MISSING / CANDIDATE_NAME_MISSING (complete the talent pool record), DEPARTMENT_UNKNOWN';

export function offerRoutes(deps: RouteDeps): AnyRoute[] {
  const { offers, users } = deps;
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/offers',
      operationId: 'createOffer',
      summary: 'Draft an offer (录用通知) for an application at the offer stage',
      description:
        'The candidate, requisition, position and department come from the application (the resume and requisition services); ' +
        'the body carries the terms. `candidateLocale` is the language of the letter and of the answer page. ' +
        'A `reportingManager.userId` is checked against the user directory and gives the name.',
      tags: OFFER_TAGS,
      roles: OFFER_AUTHORS,
      body: createOfferBody,
      responses: { 201: { description: 'The draft', schema: offerSchema } },
      problems: { 400: TERMS_400, 404: 'The application does not exist', 409: CREATE_409 },
      handler: async ({ body }) => {
        const [reportingManager, name] = await Promise.all([
          resolveReportingManager(users, body.reportingManager),
          departmentNameForApplication(deps, body.applicationId),
        ]);
        const terms = toOfferTerms(body, { departmentName: name, reportingManager });
        const response = await withRequestFields(() => offers.createOffer({ terms }));
        return presentOffer(present(response.offer, 'offer'));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/offers',
      operationId: 'listOffers',
      summary: 'List offers; `approvedOnly=true` is the approved offers list (OFFER列表)',
      description: 'Department heads see their department’s offers; approvers named by configuration see what awaits them.',
      tags: OFFER_TAGS,
      roles: OFFER_READERS,
      query: listOffersQuery,
      responses: { 200: { description: 'A page of offers, newest first', schema: offerListSchema } },
      handler: async ({ query }) => {
        const { page, pageSize, status, approvedOnly, awaitingMe, ...filters } = query;
        const result = await offers.listOffers({
          page: { page, pageSize },
          statuses: status ?? [],
          approvedOnly: approvedOnly ?? false,
          awaitingMe: awaitingMe ?? false,
          ...filters,
        });
        return { data: result.offers.map(presentOffer), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/offers/awaiting-my-approval',
      operationId: 'listOffersAwaitingMyApproval',
      summary: 'Offers whose current approval level I decide (待我审批)',
      tags: OFFER_TAGS,
      roles: OFFER_APPROVERS,
      query: awaitingQuery,
      responses: { 200: { description: 'A page of offers pending my decision', schema: offerListSchema } },
      handler: async ({ query: { page, pageSize } }) => {
        const result = await offers.listOffers({ page: { page, pageSize }, statuses: [], approvedOnly: false, awaitingMe: true });
        return { data: result.offers.map(presentOffer), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/offers/{id}',
      operationId: 'getOffer',
      summary: 'Get an offer with its approval history, send count and answer',
      description: 'An offer the caller may not see answers 404, like a missing one.',
      tags: OFFER_TAGS,
      roles: OFFER_READERS,
      params: serviceIdParams,
      responses: { 200: { description: 'The offer', schema: offerSchema } },
      handler: async ({ params }) => presentOffer(present((await offers.getOffer({ id: params.id })).offer, 'offer')),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/offers/{id}',
      operationId: 'updateOffer',
      summary: 'Edit the terms of a draft or of an offer returned for changes',
      description:
        'Fields left out keep their value; an object given (`salary`, `probation`, `contract`, `reportingManager`) replaces the stored one whole. ' +
        'The application never changes. With `expectedVersion`, a change made since you read the offer answers 409 CONCURRENT_MODIFICATION.',
      tags: OFFER_TAGS,
      roles: OFFER_AUTHORS,
      params: serviceIdParams,
      body: patchOfferBody,
      responses: { 200: { description: 'The offer after the edit', schema: offerSchema } },
      problems: { 400: TERMS_400, 409: 'OFFER_NOT_EDITABLE (only drafts and returned offers), CONCURRENT_MODIFICATION, APPLICATION_NOT_IN_OFFER_STAGE' },
      handler: async ({ params, body }) => {
        const current = present((await offers.getOffer({ id: params.id })).offer, 'offer');
        const terms = present(current.terms, 'terms');
        const [reportingManager, name] = await Promise.all([
          body.reportingManager ? resolveReportingManager(users, body.reportingManager) : present(terms.reportingManager, 'reportingManager'),
          departmentName(deps, terms.departmentId, terms.departmentName),
        ]);
        const merged = mergeOfferTerms(terms, body, { departmentName: name, reportingManager });
        // The version read above guards the merge when the client sent none: a change in between answers 409.
        const update = { id: params.id, terms: merged, expectedVersion: body.expectedVersion ?? current.version };
        return presentOffer(present((await withRequestFields(() => offers.updateOffer(update))).offer, 'offer'));
      },
    }),
  ];
}
