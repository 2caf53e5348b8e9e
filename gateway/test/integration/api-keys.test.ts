import { Types } from 'mongoose';
import { seedUser } from '../support/seed-users';
import { tinyPdf } from '../support/resume-fixtures';
import { requisitionFrom, startStubRequisitionService } from '../support/stub-requisition-service';
import { startStubResumeService } from '../support/stub-resume-service';
import { RunningGateway, TEST_SECRET, formData, httpClient, startGateway } from '../support/test-gateway';

const SECRET = `${TEST_SECRET}-internal`;

describe('API keys and the open API (stub services, real database)', () => {
  let resumes: Awaited<ReturnType<typeof startStubResumeService>>;
  let requisitions: Awaited<ReturnType<typeof startStubRequisitionService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  const tokens: Record<string, string> = {};
  const keys: Record<string, { id: string; key: string }> = {};

  async function issue(name: string, body: Record<string, unknown>) {
    const res = await request('POST', '/api/v1/admin/api-keys', { token: tokens.admin, body });
    expect(res.status).toBe(201);
    keys[name] = { id: res.body.id, key: res.body.key };
    return res;
  }

  beforeAll(async () => {
    resumes = await startStubResumeService(SECRET);
    requisitions = await startStubRequisitionService(SECRET);
    running = await startGateway({ RESUME_GRPC_URL: resumes.address, REQUISITION_GRPC_URL: requisitions.address });
    request = httpClient(running.baseUrl);
    for (const [key, roles] of [['admin', ['admin']], ['hr', ['hr']]] as const) {
      tokens[key] = (await seedUser(running, { email: `${key}@example.com`, name: key, roles: [...roles] })).token;
    }
  });

  afterAll(async () => {
    await running?.stop();
    await resumes?.stop();
    await requisitions?.stop();
  });

  it('issues a key once, lists and gets it without its secret (admin only)', async () => {
    const res = await issue('zhaopin', { name: '智联招聘', source: 'zhaopin', scopes: ['resumes:write', 'requisitions:read', 'resumes:write'] });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ name: '智联招聘', source: 'zhaopin', scopes: ['resumes:write', 'requisitions:read'], status: 'active' });
    expect(res.body.key).toMatch(new RegExp(`^hrk_${res.body.id}_[A-Za-z0-9_-]{43}$`));
    expect(res.body.prefix).toBe(`hrk_${res.body.id}`);
    const list = await request('GET', '/api/v1/admin/api-keys?status=active', { token: tokens.admin });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const secret = res.body.key.slice(res.body.prefix.length + 1);
    for (const body of [list.body, (await request('GET', `/api/v1/admin/api-keys/${res.body.id}`, { token: tokens.admin })).body]) {
      expect(JSON.stringify(body)).not.toContain(secret);
      expect(JSON.stringify(body)).not.toMatch(/secretHash|"key"/);
    }
    const stored = await running.connection.collection('api_keys').findOne({ _id: new Types.ObjectId(res.body.id) });
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored!.secretHash).toMatch(/^[a-f0-9]{64}$/);
    expect((await request('GET', '/api/v1/admin/api-keys', { token: tokens.hr })).status).toBe(403);
    const bad = await request('POST', '/api/v1/admin/api-keys', {
      token: tokens.admin,
      body: { name: 'x', source: 'Bad Source', scopes: ['admin'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['scopes.0', 'source']);
  });

  it('ingests JSON with the key: its source, the external id and its principal reach the service', async () => {
    const body = { externalId: 'ZP-000123', profile: { name: '王芳', phone: '13800001111' }, requisitionId: 'req-9' };
    const first = await request('POST', '/open/v1/resumes', { headers: { 'x-api-key': keys.zhaopin.key }, body });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ candidateId: expect.any(String), applicationId: expect.any(String), replayed: false, parseFailed: false });
    const call = resumes.last('ingestResume')!;
    expect(call.request).toMatchObject({
      source: 'zhaopin',
      externalId: 'ZP-000123',
      requisitionId: 'req-9',
      profile: { name: '王芳', phone: '13800001111' },
      sourcing: { channel: 'job_board', detail: '智联招聘', invitingHrId: '' },
    });
    expect(call.call.principal).toEqual({ userId: `apikey:${keys.zhaopin.id}`, roles: [], name: '智联招聘', scopes: ['resumes:write', 'requisitions:read'] });
    const again = await request('POST', '/open/v1/resumes', { headers: { authorization: `Bearer ${keys.zhaopin.key}` }, body });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ candidateId: first.body.candidateId, replayed: true });
    const stored = await request('GET', `/api/v1/admin/api-keys/${keys.zhaopin.id}`, { token: tokens.admin });
    expect(stored.body.lastUsedAt).toBeDefined();
  });

  it('ingests a multipart file with the JSON fields as parts', async () => {
    const form = formData({ externalId: 'ZP-000124', profile: JSON.stringify({ name: '赵磊' }) }, [{ name: '赵磊.pdf', type: 'application/pdf', data: tinyPdf() }], 'file');
    const res = await request('POST', '/open/v1/resumes', { headers: { 'x-api-key': keys.zhaopin.key }, form });
    expect(res.status).toBe(201);
    expect(resumes.last('ingestResume')!.request).toMatchObject({ externalId: 'ZP-000124', filename: '赵磊.pdf', mimeType: 'application/pdf', profile: { name: '赵磊' } });
    const bad = formData({ externalId: 'ZP-1', profile: '{"name":' }, [], 'file');
    expect((await request('POST', '/open/v1/resumes', { headers: { 'x-api-key': keys.zhaopin.key }, form: bad })).body.errors).toEqual([
      expect.objectContaining({ field: 'profile', rule: 'json' }),
    ]);
    const empty = await request('POST', '/open/v1/resumes', { headers: { 'x-api-key': keys.zhaopin.key }, body: { externalId: 'ZP-2' } });
    expect(empty.status).toBe(400);
  });

  it("refuses a blacklisted person through the key's route too", async () => {
    const res = await request('POST', '/open/v1/resumes', {
      headers: { 'x-api-key': keys.zhaopin.key },
      body: { externalId: 'ZP-666', profile: { name: 'blacklisted 某人' } },
    });
    expect(res.status).toBe(409);
    expect(res.body.reason).toBe('CANDIDATE_BLACKLISTED');
  });

  it('lists open requisitions for a key holding requisitions:read, as the key', async () => {
    const open = { ...requisitionFrom('r1', undefined, 'u1'), number: 'REQ-1', positionTitle: '销售代表', headcount: 3, workLocation: '上海', urgency: 'high' };
    requisitions.store.set('r1', { ...open, status: 'open', desiredStartDate: new Date('2026-04-01T00:00:00.000Z') });
    const res = await request('GET', '/open/v1/requisitions', { headers: { 'x-api-key': keys.zhaopin.key } });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: 'r1', number: 'REQ-1', positionTitle: '销售代表', headcount: 3, workLocation: '上海', urgency: 'high', desiredStartDate: '2026-04-01T00:00:00.000Z' },
    ]);
    const call = requisitions.calls.filter((c) => c.method === 'listRequisitions').pop()!;
    expect(call.request.statuses).toEqual(['open']);
    expect(call.call.principal).toMatchObject({ userId: `apikey:${keys.zhaopin.id}`, roles: [], scopes: ['resumes:write', 'requisitions:read'] });
  });

  it('answers 403 for a key without the scope', async () => {
    await issue('reader', { name: 'BI 报表', source: 'bi', scopes: ['requisitions:read'] });
    const res = await request('POST', '/open/v1/resumes', { headers: { 'x-api-key': keys.reader.key }, body: { externalId: 'X1', profile: { name: 'A' } } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ reason: 'SCOPE_REQUIRED' });
    expect(res.body.detail).toContain('resumes:write');
  });

  it('answers 401 for unknown, tampered, revoked and expired keys, and for user tokens', async () => {
    const call = (headers: Record<string, string>) => request('GET', '/open/v1/requisitions', { headers });
    expect((await call({})).body.reason).toBe('API_KEY_REQUIRED');
    const tampered = `${keys.reader.key.slice(0, -2)}${keys.reader.key.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await call({ 'x-api-key': tampered })).body).toMatchObject({ status: 401, reason: 'INVALID_API_KEY' });
    expect((await call({ 'x-api-key': `hrk_${new Types.ObjectId().toHexString()}_${'x'.repeat(43)}` })).status).toBe(401);
    expect((await call({ authorization: `Bearer ${tokens.admin}` })).status).toBe(401);
    const revoke = await request('POST', `/api/v1/admin/api-keys/${keys.reader.id}/revoke`, { token: tokens.admin });
    expect(revoke.status).toBe(200);
    expect(revoke.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((await call({ 'x-api-key': keys.reader.key })).body).toMatchObject({ status: 401, reason: 'API_KEY_REVOKED' });
    // Expires while the gateway remembers it (AUTH_CACHE_MS): the expiry is checked on every request.
    const expiresAt = Date.now() + 2000;
    await issue('expiring', { name: 'old board', source: 'old', scopes: ['requisitions:read'], expiresAt: new Date(expiresAt).toISOString() });
    expect((await call({ 'x-api-key': keys.expiring.key })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 50));
    expect((await call({ 'x-api-key': keys.expiring.key })).body).toMatchObject({ status: 401, reason: 'API_KEY_EXPIRED' });
    const statuses = await request('GET', '/api/v1/admin/api-keys?pageSize=10', { token: tokens.admin });
    expect(Object.fromEntries(statuses.body.data.map((k: { source: string; status: string }) => [k.source, k.status]))).toEqual({
      zhaopin: 'active',
      bi: 'revoked',
      old: 'expired',
    });
  });

  it('keeps API keys off the staff API', async () => {
    const res = await request('GET', '/api/v1/candidates', { headers: { authorization: `Bearer ${keys.zhaopin.key}` } });
    expect(res.status).toBe(401);
  });

  it('limits each key per minute (OPEN_API_RATE_LIMIT)', async () => {
    const limited = await startGateway({ OPEN_API_RATE_LIMIT: '2', RESUME_GRPC_URL: resumes.address, REQUISITION_GRPC_URL: requisitions.address });
    try {
      const key = (await limited.gateway.apiKeys.create({ name: 'burst', source: 'burst', scopes: ['requisitions:read'] }, 'test')).key;
      const other = (await limited.gateway.apiKeys.create({ name: 'calm', source: 'calm', scopes: ['requisitions:read'] }, 'test')).key;
      const call = (apiKey: string) => httpClient(limited.baseUrl)('GET', '/open/v1/requisitions', { headers: { 'x-api-key': apiKey } });
      expect([(await call(key)).status, (await call(key)).status]).toEqual([200, 200]);
      const third = await call(key);
      expect(third.status).toBe(429);
      expect(third.body.reason).toBe('RATE_LIMITED');
      expect((await call(other)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('publishes /open/v1 in the OpenAPI document with the API key schemes', async () => {
    const doc = (await request('GET', '/openapi.json')).body;
    expect(doc.components.securitySchemes.apiKeyHeader).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
    expect(doc.paths['/open/v1/resumes'].post.security).toEqual([{ apiKeyHeader: ['resumes:write'] }, { apiKeyBearer: ['resumes:write'] }]);
    expect(doc.paths['/open/v1/requisitions'].get['x-scopes']).toEqual(['requisitions:read']);
  });
});
