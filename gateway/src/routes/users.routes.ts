import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope } from './schemas/common.schemas';
import { directoryQuery, userSummarySchema } from './schemas/user.schemas';

export function userDirectoryRoutes({ users }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/users',
      operationId: 'listUserSummaries',
      summary: 'Active users by role, e.g. recruiters to assign (ids, names and roles only)',
      tags: ['users'],
      roles: ['hr', 'hr_manager', 'dept_manager'],
      query: directoryQuery,
      responses: { 200: { description: 'A page of users', schema: listEnvelope(userSummarySchema) } },
      handler: async ({ query: { page, pageSize, ...filter } }) => {
        const result = await users.list({ ...filter, active: true }, { page, pageSize });
        const data = result.items.map(({ id, name, roles }) => ({ id, name, roles }));
        return { data, page: pageOf(page, pageSize, result.total) };
      },
    }),
  ];
}
