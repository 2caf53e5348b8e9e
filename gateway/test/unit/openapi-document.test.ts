import { ROLES } from '@hr/workflow';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import type { AnyRoute } from '../../src/openapi/route-registry';
import { allRoutes } from '../../src/routes';
import type { RouteDeps } from '../../src/routes/route-deps';

const deps = { readinessChecks: [], authRateLimit: (_req: unknown, _res: unknown, next: () => void) => next() } as unknown as RouteDeps;
const routes = allRoutes(deps);
const doc = buildOpenApiDocument(routes, { title: 'test', version: '0' }) as any;

const ANY = [...ROLES];
const READERS = ['hr', 'hr_manager', 'dept_manager', 'approver', 'admin'];
const AUTHORS = ['dept_manager', 'hr_manager'];
const DECIDERS = ['dept_manager', 'hr_manager', 'approver'];
const OPERATORS = ['hr_manager', 'dept_manager'];

const EXPECTED: Record<string, string[] | 'public'> = {
  'get /healthz': 'public',
  'get /readyz': 'public',
  'post /api/v1/auth/login': 'public',
  'post /api/v1/auth/refresh': 'public',
  'post /api/v1/auth/logout': ANY,
  'get /api/v1/me': ANY,
  'post /api/v1/me/password': ANY,
  'post /api/v1/admin/users': ['admin'],
  'get /api/v1/admin/users': ['admin'],
  'get /api/v1/admin/users/{id}': ['admin'],
  'patch /api/v1/admin/users/{id}': ['admin'],
  'post /api/v1/admin/users/{id}/password': ['admin'],
  'post /api/v1/admin/departments': ['admin'],
  'get /api/v1/admin/departments': ['admin'],
  'get /api/v1/admin/departments/{id}': ['admin'],
  'patch /api/v1/admin/departments/{id}': ['admin'],
  'get /api/v1/users': ['hr', 'hr_manager', 'dept_manager'],
  'get /api/v1/positions': ANY,
  'post /api/v1/positions': ['hr', 'hr_manager', 'admin'],
  'get /api/v1/positions/{id}': ANY,
  'patch /api/v1/positions/{id}': ['hr', 'hr_manager', 'admin'],
  'get /api/v1/requisitions': READERS,
  'post /api/v1/requisitions': AUTHORS,
  'get /api/v1/requisitions/{id}': READERS,
  'patch /api/v1/requisitions/{id}': AUTHORS,
  'post /api/v1/requisitions/{id}/submit': AUTHORS,
  'post /api/v1/requisitions/{id}/approve': DECIDERS,
  'post /api/v1/requisitions/{id}/reject': DECIDERS,
  'post /api/v1/requisitions/{id}/assign': ['hr_manager'],
  'post /api/v1/requisitions/{id}/pause': OPERATORS,
  'post /api/v1/requisitions/{id}/reopen': OPERATORS,
  'post /api/v1/requisitions/{id}/close': OPERATORS,
};

const key = (route: AnyRoute) => `${route.method} ${route.path}`;

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, refs));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') refs.push(v);
      else collectRefs(v, refs);
    }
  }
  return refs;
}

describe('OpenAPI document generated from the route registry', () => {
  it('is OpenAPI 3.1 with bearer security', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it('declares exactly the expected routes with the expected roles', () => {
    expect(routes.map(key).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const route of routes) {
      const expected = EXPECTED[key(route)];
      expect(route.roles === 'public' ? 'public' : [...route.roles].sort()).toEqual(expected === 'public' ? 'public' : [...expected].sort());
    }
  });

  it.each(routes.map((route) => [key(route), route] as const))('documents %s with its roles and security', (_name, route) => {
    const op = doc.paths[route.path]?.[route.method];
    expect(op).toBeDefined();
    expect(op.operationId).toBe(route.operationId);
    expect(op.summary).toBe(route.summary);
    if (route.roles === 'public') {
      expect(op['x-roles']).toBe('public');
      expect(op.security).toEqual([]);
      expect(op.description).toContain('**Roles:** public');
    } else {
      expect(op['x-roles']).toEqual([...route.roles]);
      expect(op.security).toEqual([{ bearerAuth: [] }]);
      expect(op.description).toContain(`**Roles:** ${route.roles.join(', ')}`);
      expect(op.responses['401'].content['application/problem+json']).toBeDefined();
      expect(op.responses['403'].content['application/problem+json']).toBeDefined();
    }
    for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
      const param = op.parameters.find((p: { name: string; in: string }) => `{${p.name}}` === name && p.in === 'path');
      expect(param).toMatchObject({ required: true });
    }
    if (route.body) expect(op.requestBody.content['application/json'].schema).toBeDefined();
  });

  it('has unique operation ids and every $ref resolves to a component', () => {
    const ids = routes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of collectRefs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
    }
  });

  it('describes query parameters and request bodies from the zod schemas', () => {
    const list = doc.paths['/api/v1/requisitions'].get;
    const names = list.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['status', 'departmentId', 'awaitingMe', 'page', 'pageSize']));
    expect(list.parameters.find((p: { name: string }) => p.name === 'pageSize').schema.maximum).toBe(100);
    const create = doc.paths['/api/v1/requisitions'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['positionId', 'headcount', 'salary', 'desiredStartDate']));
    expect(create.properties.headcount).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000 });
  });
});
