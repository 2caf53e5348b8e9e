import { RunningGateway, httpClient, startGateway } from '../support/test-gateway';

const ADMIN_EMAIL = 'Root.Admin@Example.com';
const ADMIN_PASSWORD = 'admin-password-123';

describe('gateway auth and admin (real database)', () => {
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let adminToken: string;

  beforeAll(async () => {
    running = await startGateway({ ADMIN_EMAIL, ADMIN_PASSWORD });
    request = httpClient(running.baseUrl);
  });

  afterAll(async () => {
    await running?.stop();
  });

  const login = (email: string, password: string) => request('POST', '/api/v1/auth/login', { body: { email, password } });

  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD on an empty store, once', async () => {
    const printed: string[] = [];
    expect(await running.gateway.ensureFirstAdmin((text) => printed.push(text))).toBe(true);
    expect(await running.gateway.ensureFirstAdmin((text) => printed.push(text))).toBe(false);
    expect(printed).toEqual([]);
    const admin = await running.gateway.users.findCredentials(ADMIN_EMAIL);
    expect(admin?.user).toMatchObject({ email: 'root.admin@example.com', roles: ['admin'], active: true });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('logs in with the right password', async () => {
    const res = await login('root.admin@example.com', ADMIN_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: 'root.admin@example.com', roles: ['admin'] } });
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(typeof res.body.refreshToken).toBe('string');
    adminToken = res.body.accessToken;
    const me = await request('GET', '/api/v1/me', { token: adminToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('root.admin@example.com');
  });

  it('answers a wrong password and an unknown email with the same 401 problem', async () => {
    const wrong = await login('root.admin@example.com', 'not-the-password');
    const unknown = await login('nobody@example.com', 'not-the-password');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, reason: 'INVALID_CREDENTIALS', title: '未登录或登录已失效' });
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('rotates refresh tokens: the old one cannot be used again', async () => {
    const first = await login('root.admin@example.com', ADMIN_PASSWORD);
    const rotated = await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.body.refreshToken);
    expect((await request('GET', '/api/v1/me', { token: rotated.body.accessToken })).status).toBe(200);
    const again = await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } });
    expect(again.status).toBe(200);
  });

  it('revokes the whole session family when a rotated refresh token is reused', async () => {
    const first = await login('root.admin@example.com', ADMIN_PASSWORD);
    const second = await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(second.status).toBe(200);
    const reuse = await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.reason).toBe('REFRESH_TOKEN_REUSED');
    const latest = await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(latest.status).toBe(401);
    const me = await request('GET', '/api/v1/me', { token: second.body.accessToken });
    expect(me.status).toBe(401);
    expect(me.body.reason).toBe('SESSION_REVOKED');
  });

  it('rejects the access token after logout', async () => {
    const session = await login('root.admin@example.com', ADMIN_PASSWORD);
    const token = session.body.accessToken;
    expect((await request('GET', '/api/v1/me', { token })).status).toBe(200);
    expect((await request('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    const after = await request('GET', '/api/v1/me', { token });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toBe('Bearer');
    expect((await request('POST', '/api/v1/auth/refresh', { body: { refreshToken: session.body.refreshToken } })).status).toBe(401);
  });

  it('lets an admin create a department and a user who can then sign in', async () => {
    const dept = await request('POST', '/api/v1/admin/departments', {
      token: adminToken,
      body: { name: '人力资源部', code: 'HR' },
    });
    expect(dept.status).toBe(201);
    expect(dept.body).toMatchObject({ name: '人力资源部', code: 'HR' });
    const user = await request('POST', '/api/v1/admin/users', {
      token: adminToken,
      body: {
        email: 'Li.Na@Example.com',
        name: '李娜',
        phone: '138 1234 5678',
        roles: ['hr', 'interviewer'],
        departmentId: dept.body.id,
        password: 'li-na-password-1',
      },
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ email: 'li.na@example.com', name: '李娜', phone: '+8613812345678', locale: 'zh-CN', active: true });
    expect(user.body.departmentId).toBe(dept.body.id);
    const list = await request('GET', `/api/v1/admin/users?role=hr&departmentId=${dept.body.id}`, { token: adminToken });
    expect(list.status).toBe(200);
    expect(list.body.page).toMatchObject({ page: 1, total: 1 });
    expect(list.body.data[0].id).toBe(user.body.id);
    const duplicate = await request('POST', '/api/v1/admin/departments', { token: adminToken, body: { name: 'Other', code: 'HR' } });
    expect(duplicate.status).toBe(409);
    expect((await login('li.na@example.com', 'li-na-password-1')).status).toBe(200);
  });

  it('refuses admin routes to a non-admin with a 403 problem, and to nobody with 401', async () => {
    const hr = await login('li.na@example.com', 'li-na-password-1');
    const res = await request('GET', '/api/v1/admin/users', { token: hr.body.accessToken, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 403, title: 'Permission denied', reason: 'ROLE_REQUIRED', instance: '/api/v1/admin/users' });
    const anonymous = await request('GET', '/api/v1/admin/users');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.reason).toBe('AUTHENTICATION_REQUIRED');
  });

  it('answers an invalid body with 400 naming each field and rule', async () => {
    const res = await request('POST', '/api/v1/admin/users', {
      token: adminToken,
      body: { email: 'not-an-email', name: '王伟', roles: ['wizard'], password: 'short', extra: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.reason).toBe('VALIDATION_FAILED');
    const rules = Object.fromEntries(res.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule]));
    expect(rules).toMatchObject({ email: 'email', 'roles.0': 'enum', password: 'min_length', extra: 'unknown_key' });
  });

  it('answers an unknown query parameter with 400 naming it, on lists and elsewhere', async () => {
    const misspelt = await request('GET', '/api/v1/admin/users?text=%E6%9D%8E&role=hr', { token: adminToken });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body).toMatchObject({ reason: 'VALIDATION_FAILED', detail: '以下字段不符合要求：text' });
    expect(misspelt.body.errors).toEqual([{ field: 'text', rule: 'unknown_key', message: '不认识的查询参数“text”' }]);
    const filtered = await request('GET', '/api/v1/admin/users?q=%E6%9D%8E&role=hr', { token: adminToken });
    expect(filtered.status).toBe(200);
    expect(filtered.body.data.map((u: { name: string }) => u.name)).toEqual(['李娜']);
    // A route that takes no query at all refuses one too.
    const me = await request('GET', '/api/v1/me?debug=1', { token: adminToken, headers: { 'accept-language': 'en' } });
    expect(me.status).toBe(400);
    expect(me.body.errors).toEqual([{ field: 'debug', rule: 'unknown_key', message: 'unknown query parameter "debug"' }]);
  });

  it('deactivated users cannot sign in and lose their sessions', async () => {
    const created = await request('POST', '/api/v1/admin/users', {
      token: adminToken,
      body: { email: 'zhao@example.com', name: '赵六', roles: ['employee'], password: 'zhao-password-1' },
    });
    const session = await login('zhao@example.com', 'zhao-password-1');
    const patch = await request('PATCH', `/api/v1/admin/users/${created.body.id}`, { token: adminToken, body: { active: false } });
    expect(patch.status).toBe(200);
    expect((await request('GET', '/api/v1/me', { token: session.body.accessToken })).status).toBe(401);
    expect((await login('zhao@example.com', 'zhao-password-1')).status).toBe(401);
  });

  it('changes my own password, keeping this session and ending the others', async () => {
    const here = await login('li.na@example.com', 'li-na-password-1');
    const elsewhere = await login('li.na@example.com', 'li-na-password-1');
    const wrong = await request('POST', '/api/v1/me/password', {
      token: here.body.accessToken,
      body: { currentPassword: 'not-it-at-all', newPassword: 'li-na-password-2' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'currentPassword', rule: 'matches' });
    const changed = await request('POST', '/api/v1/me/password', {
      token: here.body.accessToken,
      body: { currentPassword: 'li-na-password-1', newPassword: 'li-na-password-2' },
    });
    expect(changed.status).toBe(204);
    expect((await request('GET', '/api/v1/me', { token: here.body.accessToken })).status).toBe(200);
    expect((await request('GET', '/api/v1/me', { token: elsewhere.body.accessToken })).status).toBe(401);
    expect((await login('li.na@example.com', 'li-na-password-1')).status).toBe(401);
    expect((await login('li.na@example.com', 'li-na-password-2')).status).toBe(200);
  });

  it('serves liveness, readiness naming the down backend, and the OpenAPI document', async () => {
    expect((await request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', checks: { mongo: 'up', requisition: 'down', resume: 'down', interview: 'down', notification: 'down', offer: 'down' } });
    const doc = await request('GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    const docs = await request('GET', '/docs/');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger-ui');
  });

  it('returns problems for unknown routes, malformed JSON and prototype keys', async () => {
    const missing = await request('GET', '/api/v1/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.reason).toBe('ROUTE_NOT_FOUND');
    const malformed = await request('POST', '/api/v1/auth/login', { rawBody: '{"email": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.reason).toBe('MALFORMED_JSON');
    const polluted = await request('POST', '/api/v1/auth/login', { rawBody: '{"email":"a@b.cn","password":{"$gt":""}}' });
    expect(polluted.status).toBe(400);
    expect(polluted.body.errors[0]).toMatchObject({ field: 'password.$gt', rule: 'forbidden_key' });
  });
});

describe('first admin without ADMIN_PASSWORD', () => {
  let running: RunningGateway;

  beforeAll(async () => {
    running = await startGateway({ ADMIN_EMAIL: 'boss@example.com' });
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('generates a strong password, prints it once in a banner and it works', async () => {
    const printed: string[] = [];
    expect(await running.gateway.ensureFirstAdmin((text) => printed.push(text))).toBe(true);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('First administrator account created');
    expect(printed[0]).toContain('首个管理员');
    const password = /Password:\s+(\S+)/.exec(printed[0])?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    const res = await httpClient(running.baseUrl)('POST', '/api/v1/auth/login', { body: { email: 'boss@example.com', password } });
    expect(res.status).toBe(200);
    await running.gateway.ensureFirstAdmin((text) => printed.push(text));
    expect(printed).toHaveLength(1);
  });
});

describe('auth rate limit', () => {
  let running: RunningGateway;

  beforeAll(async () => {
    running = await startGateway({ AUTH_RATE_LIMIT: '2' });
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('answers 429 problem+json once the per-minute budget is spent', async () => {
    const request = httpClient(running.baseUrl);
    const attempt = () => request('POST', '/api/v1/auth/login', { body: { email: 'x@example.com', password: 'whatever-123' } });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, reason: 'RATE_LIMITED', title: '请求过于频繁，请稍后再试' });
    expect((await request('GET', '/healthz')).status).toBe(200);
  });
});
