import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { RouteDeps, pageOf } from './route-deps';
import { idParams, listEnvelope } from './schemas/common.schemas';
import { createDepartmentBody, departmentListQuery, departmentSchema, patchDepartmentBody } from './schemas/user.schemas';

const ADMIN = ['admin'] as const;
const TAGS = ['admin: departments'];

export function adminDepartmentRoutes({ departmentAdmin }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/departments',
      operationId: 'createDepartment',
      summary: 'Create a department',
      tags: TAGS,
      roles: ADMIN,
      body: createDepartmentBody,
      responses: { 201: { description: 'Created', schema: departmentSchema } },
      handler: ({ body }) => departmentAdmin.create(body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/departments',
      operationId: 'listDepartments',
      summary: 'List departments',
      tags: TAGS,
      roles: ADMIN,
      query: departmentListQuery,
      responses: { 200: { description: 'A page of departments', schema: listEnvelope(departmentSchema) } },
      handler: async ({ query: { page, pageSize, ...filter } }) => {
        const result = await departmentAdmin.list(filter, { page, pageSize });
        return { data: result.items, page: pageOf(page, pageSize, result.total) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/departments/{id}',
      operationId: 'getDepartment',
      summary: 'Get a department',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      responses: { 200: { description: 'The department', schema: departmentSchema } },
      handler: ({ params }) => departmentAdmin.get(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/admin/departments/{id}',
      operationId: 'updateDepartment',
      summary: 'Rename, re-code, move or change the manager of a department',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      body: patchDepartmentBody,
      responses: { 200: { description: 'The updated department', schema: departmentSchema } },
      handler: ({ params, body }) => departmentAdmin.update(params.id, body),
    }),
  ];
}
