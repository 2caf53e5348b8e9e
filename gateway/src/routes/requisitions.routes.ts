import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { mergeRequisitionInput, toRequisitionInput } from './requisition.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope, serviceIdParams } from './schemas/common.schemas';
import {
  createRequisitionBody,
  listRequisitionsQuery,
  patchRequisitionBody,
  requisitionSchema,
} from './schemas/requisition.schemas';

export const REQUISITION_READERS = ['hr', 'hr_manager', 'dept_manager', 'approver', 'admin'] as const;
export const REQUISITION_AUTHORS = ['dept_manager', 'hr_manager'] as const;
const TAGS = ['requisitions'];

export function requisitionRoutes({ requisitions }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/requisitions',
      operationId: 'listRequisitions',
      summary: 'List requisitions (用人需求)',
      tags: TAGS,
      roles: REQUISITION_READERS,
      query: listRequisitionsQuery,
      responses: { 200: { description: 'A page of requisitions', schema: listEnvelope(requisitionSchema) } },
      handler: async ({ query, auth }) => {
        const { page, pageSize, status, awaitingMe, ...filters } = query;
        const result = await requisitions.listRequisitions({
          page: { page, pageSize },
          statuses: status ?? [],
          ...filters,
          awaitingApprover: awaitingMe ? auth.principal.userId : undefined,
        });
        return { data: result.requisitions, page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requisitions',
      operationId: 'createRequisition',
      summary: 'Create a requisition (draft)',
      tags: TAGS,
      roles: REQUISITION_AUTHORS,
      body: createRequisitionBody,
      responses: { 201: { description: 'Created as draft', schema: requisitionSchema } },
      handler: async ({ body }) => {
        const response = await requisitions.createRequisition({ requisition: toRequisitionInput(body) });
        return present(response.requisition, 'requisition');
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/requisitions/{id}',
      operationId: 'getRequisition',
      summary: 'Get a requisition',
      tags: TAGS,
      roles: REQUISITION_READERS,
      params: serviceIdParams,
      responses: { 200: { description: 'The requisition', schema: requisitionSchema } },
      handler: async ({ params }) => present((await requisitions.getRequisition({ id: params.id })).requisition, 'requisition'),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/requisitions/{id}',
      operationId: 'updateRequisition',
      summary: 'Update a draft or rejected requisition',
      tags: TAGS,
      roles: REQUISITION_AUTHORS,
      params: serviceIdParams,
      body: patchRequisitionBody,
      responses: { 200: { description: 'The updated requisition', schema: requisitionSchema } },
      handler: async ({ params, body }) => {
        const current = present((await requisitions.getRequisition({ id: params.id })).requisition, 'requisition');
        const requisition = mergeRequisitionInput(current, body);
        // The version read above guards the merge: a change in between answers 409 instead of being lost.
        const update = { id: params.id, requisition, expectedVersion: current.version };
        return present((await requisitions.updateRequisition(update)).requisition, 'requisition');
      },
    }),
  ];
}
