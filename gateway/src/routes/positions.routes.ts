import { ANY_ROLE, AnyRoute, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { mergePositionInput } from './requisition.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope, serviceIdParams } from './schemas/common.schemas';
import { createPositionBody, listPositionsQuery, patchPositionBody, positionSchema } from './schemas/position.schemas';

const WRITERS = ['hr', 'hr_manager', 'admin'] as const;
const TAGS = ['positions'];

export function positionRoutes({ requisitions }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/positions',
      operationId: 'listPositions',
      summary: 'List positions',
      tags: TAGS,
      roles: ANY_ROLE,
      query: listPositionsQuery,
      responses: { 200: { description: 'A page of positions', schema: listEnvelope(positionSchema) } },
      handler: async ({ query: { page, pageSize, departmentId, active, q } }) => {
        const result = await requisitions.listPositions({ page: { page, pageSize }, departmentId, active, query: q });
        return { data: result.positions, page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/positions',
      operationId: 'createPosition',
      summary: 'Create a position',
      tags: TAGS,
      roles: WRITERS,
      body: createPositionBody,
      responses: { 201: { description: 'Created', schema: positionSchema } },
      handler: async ({ body }) => present((await requisitions.createPosition({ position: body })).position, 'position'),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/positions/{id}',
      operationId: 'getPosition',
      summary: 'Get a position',
      tags: TAGS,
      roles: ANY_ROLE,
      params: serviceIdParams,
      responses: { 200: { description: 'The position', schema: positionSchema } },
      handler: async ({ params }) => present((await requisitions.getPosition({ id: params.id })).position, 'position'),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/positions/{id}',
      operationId: 'updatePosition',
      summary: 'Update a position',
      tags: TAGS,
      roles: WRITERS,
      params: serviceIdParams,
      body: patchPositionBody,
      responses: { 200: { description: 'The updated position', schema: positionSchema } },
      handler: async ({ params, body }) => {
        const current = present((await requisitions.getPosition({ id: params.id })).position, 'position');
        const position = mergePositionInput(current, body);
        return present((await requisitions.updatePosition({ id: params.id, position })).position, 'position');
      },
    }),
  ];
}
