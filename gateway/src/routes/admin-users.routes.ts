import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { RouteDeps, pageOf } from './route-deps';
import { idParams, listEnvelope } from './schemas/common.schemas';
import { createUserBody, patchUserBody, resetPasswordBody, userListQuery, userSchema } from './schemas/user.schemas';

const ADMIN = ['admin'] as const;
const TAGS = ['admin: users'];

export function adminUserRoutes({ userAdmin }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/users',
      operationId: 'createUser',
      summary: 'Create a user',
      tags: TAGS,
      roles: ADMIN,
      body: createUserBody,
      responses: { 201: { description: 'Created', schema: userSchema } },
      handler: ({ body }) => userAdmin.create(body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/users',
      operationId: 'listUsers',
      summary: 'List users (filter by role, department, active; `q` matches name or email)',
      tags: TAGS,
      roles: ADMIN,
      query: userListQuery,
      responses: { 200: { description: 'A page of users', schema: listEnvelope(userSchema) } },
      handler: async ({ query: { page, pageSize, ...filter } }) => {
        const result = await userAdmin.list(filter, { page, pageSize });
        return { data: result.items, page: pageOf(page, pageSize, result.total) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/users/{id}',
      operationId: 'getUser',
      summary: 'Get a user',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      responses: { 200: { description: 'The user', schema: userSchema } },
      handler: ({ params }) => userAdmin.get(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/admin/users/{id}',
      operationId: 'updateUser',
      summary: 'Change roles, department, active flag, name, phone or locale',
      description: 'Deactivating a user ends all of their sessions. The last active admin cannot be demoted.',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      body: patchUserBody,
      responses: { 200: { description: 'The updated user', schema: userSchema } },
      handler: ({ params, body }) => userAdmin.update(params.id, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/users/{id}/password',
      operationId: 'resetUserPassword',
      summary: "Set a new password for a user",
      description: "Ends all of the user's sessions.",
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      body: resetPasswordBody,
      responses: { 204: { description: 'Password replaced' } },
      handler: ({ params, body }) => userAdmin.resetPassword(params.id, body.password),
    }),
  ];
}
