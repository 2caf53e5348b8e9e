import { buildOpenApiDocument } from '../gateway/src/openapi/openapi-document';
import { allRoutes } from '../gateway/src/routes';
import type { RouteDeps } from '../gateway/src/routes/route-deps';
import { Api } from './support/http-client';
import { JsonExamples } from './support/json-examples';
import { ADMIN, RunningSystem, startSystem } from './support/system';

type Json = Record<string, any>;

// The same document the gateway serves at /openapi.json, built here so each operation is a test.
const pass = (_req: unknown, _res: unknown, next: () => void) => next();
const doc = buildOpenApiDocument(allRoutes({ readinessChecks: [], authRateLimit: pass, publicRateLimit: pass } as unknown as RouteDeps), {
  title: 'sweep',
  version: '0',
}) as Json;
const examples = new JsonExamples(doc.components.schemas);

const INT32_MAX = 2 ** 31 - 1;
/** Around every bound a field states, and the limits of int32 and of exact JavaScript integers. */
function boundaries(schema: Json): number[] {
  const min = schema.minimum ?? schema.exclusiveMinimum;
  const max = schema.maximum ?? schema.exclusiveMaximum;
  const near = [min, max].filter((n) => typeof n === 'number').flatMap((n) => [n - 1, n, n + 1]);
  return [...new Set([...near, -1, 0, 1, INT32_MAX, INT32_MAX + 1, 2 ** 32, Number.MAX_SAFE_INTEGER, -(2 ** 31) - 1])];
}

/** What the generator cannot make valid by itself: fields tied together by a rule, references to real records. */
function bases(ids: Record<string, string>): Record<string, Json> {
  return {
    'POST /api/v1/requisitions': { positionId: ids.position, departmentId: ids.department },
    'POST /api/v1/interviews': { interviewerIds: [ids.user] },
    'POST /api/v1/offers': { reportingManager: { name: '黄志强' } },
    'PATCH /api/v1/offers/{id}': { notes: '备注' },
    'POST /api/v1/offers/{id}/answer': { answer: 'negotiated', comment: '已与候选人协商' },
    'POST /api/v1/offer-templates/preview': { subject: '录用通知', body: '您好 {{candidate.name}}' },
  };
}

interface Input {
  in: 'path' | 'query' | 'body';
  name: string;
  path: string[];
  schema: Json;
}

interface Operation {
  method: string;
  path: string;
  key: string;
  parameters: Json[];
  body?: Json;
  integers: Input[];
}

const operations: Operation[] = Object.entries(doc.paths as Record<string, Json>)
  .flatMap(([path, item]) => Object.entries(item).map(([method, operation]: [string, Json]) => ({ path, method, operation })))
  .map(({ path, method, operation }) => {
    const parameters: Json[] = operation.parameters ?? [];
    const body = operation.requestBody?.content?.['application/json']?.schema;
    const integers: Input[] = [
      ...parameters.flatMap((p) => examples.integers(p.schema).map((i) => ({ in: p.in, name: p.name, path: [], schema: i.schema }))),
      ...(body ? examples.integers(body).map((i) => ({ in: 'body' as const, name: i.path.join('.'), path: i.path, schema: i.schema })) : []),
    ];
    return { method, path, key: `${method.toUpperCase()} ${path}`, parameters, body, integers };
  })
  .filter((operation) => operation.integers.length > 0);

describe('integer fields at their boundaries never reach a 500 (real system)', () => {
  let system: RunningSystem;
  let token: string;
  let apiKey: string;
  let BASES: Record<string, Json>;

  beforeAll(async () => {
    system = await startSystem();
    const anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    const roles = ['admin', 'hr', 'hr_manager', 'dept_manager', 'interviewer', 'approver', 'general_manager', 'employee'];
    expect((await admin.post('/api/v1/admin/users', { email: 'sweep@e2e.test', name: '测试', password: 'Str0ng-Passw0rd', roles })).status).toBe(201);
    token = (await anonymous.post('/api/v1/auth/login', { email: 'sweep@e2e.test', password: 'Str0ng-Passw0rd' })).body.accessToken;
    const me = await new Api(system.baseUrl, token).get('/api/v1/me');
    const department = await admin.post('/api/v1/admin/departments', { name: '门店运营部', code: 'STORES' });
    const position = await new Api(system.baseUrl, token).post('/api/v1/positions', { title: '门店店长', departmentId: department.body.id });
    expect([me.status, department.status, position.status]).toEqual([200, 201, 201]);
    BASES = bases({ user: me.body.id, department: department.body.id, position: position.body.id });
    const key = await admin.post('/api/v1/admin/api-keys', { name: '边界测试', source: 'sweep', scopes: ['resumes:write', 'requisitions:read'] });
    apiKey = key.body.key;
  });

  afterAll(async () => {
    await system?.stop();
  });

  async function send(operation: Operation, input: Input | undefined, value: number | undefined) {
    let path = operation.path;
    const query = new URLSearchParams();
    for (const p of operation.parameters) {
      const given = input && input.in === p.in && input.name === p.name ? value : undefined;
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(given ?? examples.make(p.schema))));
      else if (given !== undefined) query.set(p.name, String(given));
      else if (p.required) query.set(p.name, String(examples.make(p.schema)));
    }
    let body = operation.body ? { ...(examples.make(operation.body) as Json), ...BASES[operation.key] } : undefined;
    if (operation.body && input?.in === 'body') body = examples.setAt(operation.body, body, input.path, value) as Json;
    const auth: Record<string, string> = operation.path.startsWith('/open/') ? { 'x-api-key': apiKey } : { authorization: `Bearer ${token}` };
    const headers: Record<string, string> = { ...auth, accept: 'application/json', 'accept-language': 'zh-CN' };
    if (body) headers['content-type'] = 'application/json';
    const search = query.toString();
    const res = await fetch(`${system.baseUrl}${path}${search ? `?${search}` : ''}`, { method: operation.method.toUpperCase(), headers, body: body && JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  it('has operations with integer inputs to sweep, the version numbers of the issue among them', () => {
    const keys = operations.map((o) => o.key);
    expect(keys).toEqual(expect.arrayContaining(['POST /api/v1/applications/{id}/stage', 'POST /api/v1/interviews/{id}/reschedule', 'POST /api/v1/offers/{id}/send', 'POST /api/v1/offer-templates/preview']));
  });

  it.each(operations.map((o) => [o.key, o] as const))('%s', async (_key, operation) => {
    const failures: string[] = [];
    for (const input of operation.integers) {
      // The request must pass validation with an ordinary value, or the sweep would prove nothing.
      const ordinary = await send(operation, input, examples.make(input.schema) as number);
      if (ordinary.status === 400) failures.push(`${input.in}:${input.name} ordinary value refused: ${JSON.stringify(ordinary.body.errors ?? ordinary.body)}`);
      for (const value of boundaries(input.schema)) {
        const res = await send(operation, input, value);
        if (res.status >= 500) failures.push(`${input.in}:${input.name}=${value} → ${res.status} ${res.body.reason ?? ''}`);
        const within = (input.schema.minimum === undefined || value >= input.schema.minimum) && (input.schema.maximum === undefined || value <= input.schema.maximum);
        if (!within && res.status !== 400) failures.push(`${input.in}:${input.name}=${value} out of its bounds → ${res.status}, not 400`);
      }
    }
    expect(failures).toEqual([]);
  });
});
