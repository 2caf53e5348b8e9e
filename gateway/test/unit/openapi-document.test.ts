import { ROLES } from '@hr/workflow';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { AnyRoute, isApiKeyAccess } from '../../src/openapi/route-registry';
import { allRoutes } from '../../src/routes';
import type { RouteDeps } from '../../src/routes/route-deps';

const pass = (_req: unknown, _res: unknown, next: () => void) => next();
const deps = { readinessChecks: [], authRateLimit: pass, publicRateLimit: pass } as unknown as RouteDeps;
const routes = allRoutes(deps);
const doc = buildOpenApiDocument(routes, { title: 'test', version: '0' }) as any;

const ANY = [...ROLES];
const READERS = ['hr', 'hr_manager', 'dept_manager', 'approver', 'admin'];
const AUTHORS = ['dept_manager', 'hr_manager'];
const DECIDERS = ['dept_manager', 'hr_manager', 'approver'];
const OPERATORS = ['hr_manager', 'dept_manager'];
const RECRUITERS = ['hr', 'hr_manager'];
const APPLICATION_READERS = ['hr', 'hr_manager', 'dept_manager', 'interviewer'];
const LISTERS = ['hr', 'hr_manager', 'dept_manager'];
const PANEL = ['interviewer', 'dept_manager', 'hr', 'hr_manager'];
const OFFER_APPROVERS = ['hr_manager', 'dept_manager', 'general_manager', 'approver'];
const OFFER_READERS = ['hr', ...OFFER_APPROVERS];
const scope = (name: string) => `scope:${name}`;

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
  'post /api/v1/admin/api-keys': ['admin'],
  'get /api/v1/admin/api-keys': ['admin'],
  'get /api/v1/admin/api-keys/{id}': ['admin'],
  'post /api/v1/admin/api-keys/{id}/revoke': ['admin'],
  'post /api/v1/candidates/uploads': RECRUITERS,
  'post /api/v1/candidates': RECRUITERS,
  'get /api/v1/candidates': RECRUITERS,
  'get /api/v1/candidates/merge-suggestions': RECRUITERS,
  'post /api/v1/candidates/merge-suggestions/{id}/accept': RECRUITERS,
  'post /api/v1/candidates/merge-suggestions/{id}/dismiss': RECRUITERS,
  'get /api/v1/candidates/saved-filters': RECRUITERS,
  'post /api/v1/candidates/saved-filters': RECRUITERS,
  'delete /api/v1/candidates/saved-filters/{id}': RECRUITERS,
  'get /api/v1/candidates/{id}': RECRUITERS,
  'patch /api/v1/candidates/{id}': RECRUITERS,
  'get /api/v1/candidates/{id}/resumes/{fileId}': RECRUITERS,
  'get /api/v1/candidates/{id}/timeline': RECRUITERS,
  'post /api/v1/candidates/{id}/merge': RECRUITERS,
  'post /api/v1/candidates/{id}/classify': RECRUITERS,
  'post /api/v1/candidates/{id}/archive': RECRUITERS,
  'post /api/v1/candidates/{id}/restore': RECRUITERS,
  'post /api/v1/candidates/{id}/blacklist': RECRUITERS,
  'post /api/v1/candidates/{id}/unblacklist': ['hr_manager'],
  'post /api/v1/applications': RECRUITERS,
  'get /api/v1/applications': APPLICATION_READERS,
  'get /api/v1/applications/{id}': APPLICATION_READERS,
  'post /api/v1/applications/{id}/stage': RECRUITERS,
  'post /api/v1/applications/{id}/interviewers': RECRUITERS,
  'post /api/v1/interviews': RECRUITERS,
  'get /api/v1/interviews': LISTERS,
  'get /api/v1/me/interviews': PANEL,
  'get /api/v1/interviews/{id}': [...LISTERS, 'interviewer'],
  'post /api/v1/interviews/{id}/reschedule': RECRUITERS,
  'post /api/v1/interviews/{id}/cancel': RECRUITERS,
  'post /api/v1/interviews/{id}/no-show': PANEL,
  'post /api/v1/interviews/{id}/decision': RECRUITERS,
  'post /api/v1/interviews/{id}/close': RECRUITERS,
  'post /api/v1/interviews/{id}/evaluations': PANEL,
  'put /api/v1/interviews/{id}/evaluations/me': PANEL,
  'get /api/v1/interviews/{id}/evaluations': PANEL,
  'get /api/v1/me/notifications': ANY,
  'get /api/v1/me/notifications/unread-count': ANY,
  'post /api/v1/me/notifications/read-all': ANY,
  'post /api/v1/me/notifications/{id}/read': ANY,
  'get /api/v1/admin/notifications/deliveries': ['admin'],
  'get /public/v1/interview-responses/{token}': 'public',
  'post /public/v1/interview-responses/{token}': 'public',
  'post /api/v1/offers': RECRUITERS,
  'get /api/v1/offers': OFFER_READERS,
  'get /api/v1/offers/awaiting-my-approval': OFFER_APPROVERS,
  'get /api/v1/offers/{id}': OFFER_READERS,
  'patch /api/v1/offers/{id}': RECRUITERS,
  'post /api/v1/offers/{id}/submit': RECRUITERS,
  'post /api/v1/offers/{id}/approve': OFFER_APPROVERS,
  'post /api/v1/offers/{id}/reject': OFFER_APPROVERS,
  'post /api/v1/offers/{id}/return': OFFER_APPROVERS,
  'post /api/v1/offers/{id}/withdraw': RECRUITERS,
  'post /api/v1/offers/{id}/send': RECRUITERS,
  'get /api/v1/offers/{id}/sends': OFFER_READERS,
  'get /api/v1/offers/{id}/sends/{sequence}/letter.pdf': RECRUITERS,
  'post /api/v1/offers/{id}/answer': RECRUITERS,
  'get /api/v1/offer-templates': RECRUITERS,
  'post /api/v1/offer-templates': RECRUITERS,
  'post /api/v1/offer-templates/preview': RECRUITERS,
  'get /api/v1/offer-templates/{id}/versions': RECRUITERS,
  'get /api/v1/offer-templates/{id}/versions/{version}': RECRUITERS,
  'get /public/v1/offer-responses/{token}': 'public',
  'post /public/v1/offer-responses/{token}': 'public',
  'post /open/v1/resumes': [scope('resumes:write')],
  'post /open/v1/resumes/batch': [scope('resumes:write')],
  'get /open/v1/requisitions': [scope('requisitions:read')],
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
      const actual = route.roles === 'public' ? 'public' : isApiKeyAccess(route.roles) ? route.roles.apiKeyScopes.map(scope) : [...route.roles];
      expect(actual === 'public' ? actual : actual.sort()).toEqual(expected === 'public' ? 'public' : [...expected].sort());
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
    } else if (isApiKeyAccess(route.roles)) {
      const scopes = [...route.roles.apiKeyScopes];
      expect(op['x-scopes']).toEqual(scopes);
      expect(op['x-roles']).toBeUndefined();
      expect(op.security).toEqual([{ apiKeyHeader: scopes }, { apiKeyBearer: scopes }]);
      expect(op.description).toContain(`**API key scope:** ${scopes.join(', ')}`);
      expect(op.responses['401'].content['application/problem+json']).toBeDefined();
      expect(op.responses['403'].description).toContain(scopes[0]);
      expect(op.responses['429']).toBeDefined();
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
    if (route.body && (!route.multipart || route.multipart.allowJson)) expect(op.requestBody.content['application/json'].schema).toBeDefined();
    if (route.multipart) {
      expect(op.requestBody.content['multipart/form-data'].schema).toBeDefined();
      expect(op.responses['413'].content['application/problem+json']).toBeDefined();
      expect(op.responses['415'].content['application/problem+json']).toBeDefined();
    }
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

  it('documents the API key schemes and keeps /open routes off bearer tokens', () => {
    expect(doc.components.securitySchemes.apiKeyHeader).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(doc.components.securitySchemes.apiKeyBearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const openPaths = Object.keys(doc.paths).filter((path) => path.startsWith('/open/v1/'));
    expect(openPaths.sort()).toEqual(['/open/v1/requisitions', '/open/v1/resumes', '/open/v1/resumes/batch']);
    for (const path of openPaths) {
      for (const op of Object.values(doc.paths[path]) as any[]) {
        expect(op.security.flatMap((entry: object) => Object.keys(entry))).toEqual(['apiKeyHeader', 'apiKeyBearer']);
      }
    }
    expect(doc.paths['/open/v1/resumes'].post['x-scopes']).toEqual(['resumes:write']);
    expect(doc.paths['/open/v1/requisitions'].get['x-scopes']).toEqual(['requisitions:read']);
  });

  it('documents multipart uploads: the files, the text parts and the JSON parts', () => {
    const upload = doc.paths['/api/v1/candidates/uploads'].post.requestBody.content;
    expect(Object.keys(upload)).toEqual(['multipart/form-data']);
    const schema = upload['multipart/form-data'].schema;
    expect(schema.properties.files).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string', format: 'binary' } });
    expect(schema.required).toContain('files');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['requisitionId', 'channel', 'detail', 'referrerEmployeeId', 'responsibleHrId']));
    const ingest = doc.paths['/open/v1/resumes'].post;
    expect(Object.keys(ingest.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
    const parts = ingest.requestBody.content['multipart/form-data'];
    expect(parts.schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(parts.encoding.profile).toEqual({ contentType: 'application/json' });
    expect(Object.keys(ingest.responses)).toEqual(expect.arrayContaining(['200', '201', '413', '415']));
  });

  it('documents the partial-failure answer of an upload and binary downloads', () => {
    const upload = doc.paths['/api/v1/candidates/uploads'].post;
    expect(upload.description).toContain('ok: false');
    expect(upload.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/UploadBatch');
    const download = doc.paths['/api/v1/candidates/{id}/resumes/{fileId}'].get.responses['200'].content;
    expect(Object.keys(download)).toEqual(expect.arrayContaining(['application/pdf', 'image/png', 'application/octet-stream']));
  });

  it('documents the interview and notification routes', () => {
    const invite = doc.paths['/api/v1/interviews'].post;
    expect(invite.tags).toEqual(['interviews']);
    expect(invite.responses['409'].description).toContain('INTERVIEWER_CONFLICT');
    const body = invite.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['applicationIds', 'round', 'startsAt', 'durationMinutes', 'format', 'interviewerIds']));
    expect(body.properties.applicationIds).toMatchObject({ minItems: 1, maxItems: 50 });
    const evaluation = doc.paths['/api/v1/interviews/{id}/evaluations'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(evaluation.properties.ratings.properties)).toEqual(['professional_skills', 'communication', 'learning_ability', 'culture_fit', 'stability']);
    expect(evaluation.properties.ratings.properties.stability).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(doc.paths['/api/v1/me/notifications'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/InboxPage');
    expect(doc.components.schemas.Interview.properties.interviewers.items.properties).not.toHaveProperty('email');
  });

  it('documents the public response links: no security, a page or JSON, a form or JSON body, throttled', () => {
    expect(doc.tags).toEqual(expect.arrayContaining([{ name: 'public' }]));
    const show = doc.paths['/public/v1/interview-responses/{token}'].get;
    const answer = doc.paths['/public/v1/interview-responses/{token}'].post;
    for (const op of [show, answer]) {
      expect(op.tags).toEqual(['public']);
      expect(op.security).toEqual([]);
      expect(Object.keys(op.responses['200'].content).sort()).toEqual(['application/json', 'text/html']);
      expect(op.responses['429']).toBeDefined();
      expect(op.responses['403'].description).toContain('RESPONSE_LINK_INVALID');
    }
    expect(Object.keys(answer.requestBody.content).sort()).toEqual(['application/json', 'application/x-www-form-urlencoded']);
    expect(answer.requestBody.content['application/x-www-form-urlencoded'].schema.properties).toHaveProperty('comment');
    expect(show.parameters[0]).toMatchObject({ name: 'token', in: 'path', required: true, schema: { type: 'string' } });
    expect(show.parameters[0].schema.pattern).toBeDefined();
  });
});
