import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';
import { seedUser } from '../support/seed-users';
import { startStubRequisitionService } from '../support/stub-requisition-service';

const validBody = (departmentId: string) => ({
  positionId: 'pos-1',
  departmentId,
  headcount: 2,
  reason: 'expansion',
  requirements: ['3 年以上 TypeScript 经验'],
  salary: { min: '18000', max: '25000.50' },
  workLocation: '上海',
  desiredStartDate: '2026-03-01',
});

describe('requisition routes through gRPC (stub service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubRequisitionService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let departmentId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stub = await startStubRequisitionService(`${TEST_SECRET}-internal`);
    // The stub's server also answers the other backends' health checks.
    const backends = { RESUME_GRPC_URL: stub.address, INTERVIEW_GRPC_URL: stub.address, NOTIFICATION_GRPC_URL: stub.address, OFFER_GRPC_URL: stub.address };
    running = await startGateway({ REQUISITION_GRPC_URL: stub.address, ...backends, GRPC_DEADLINE_MS: '2000' });
    request = httpClient(running.baseUrl);
    const dept = await running.gateway.departments.create({ name: '研发部', code: 'RD' });
    departmentId = dept.id;
    const seeds = {
      manager: { email: 'manager@example.com', name: '陈经理', roles: ['dept_manager' as const], departmentId },
      hrm: { email: 'hrm@example.com', name: '周主管', roles: ['hr_manager' as const] },
      hr: { email: 'hr@example.com', name: '吴招聘', roles: ['hr' as const] },
      interviewer: { email: 'iv@example.com', name: '郑面试', roles: ['interviewer' as const] },
    };
    for (const [key, seed] of Object.entries(seeds)) {
      const { user, token } = await seedUser(running, seed);
      tokens[key] = token;
      ids[key] = user.id;
    }
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('creates a requisition, passing the caller and correlation id to the service', async () => {
    const res = await request('POST', '/api/v1/requisitions', {
      token: tokens.manager,
      body: validBody(departmentId),
      headers: { 'x-correlation-id': 'corr-create-1' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe('corr-create-1');
    expect(res.body).toMatchObject({ id: '1', status: 'draft', headcount: 2, desiredStartDate: '2026-03-01T00:00:00.000Z' });
    expect(res.body.salary).toEqual({ min: '18000', max: '25000.50', currency: 'CNY' });
    const call = stub.calls.find((c) => c.method === 'createRequisition')!;
    expect(call.call.correlationId).toBe('corr-create-1');
    expect(call.call.principal).toEqual({ userId: ids.manager, roles: ['dept_manager'], departmentId, name: '陈经理' });
    expect(call.request.requisition).toMatchObject({ urgency: 'normal', reasonNote: '', workLocation: '上海' });
  });

  it('validates the body before calling the service', async () => {
    const before = stub.calls.length;
    const res = await request('POST', '/api/v1/requisitions', {
      token: tokens.manager,
      body: { ...validBody(departmentId), headcount: 0, salary: { min: '30000', max: '20000' }, desiredStartDate: '2026-02-30' },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(fields).toEqual(expect.arrayContaining(['headcount:min', 'salary.max:gte_min', 'desiredStartDate:date']));
    expect(stub.calls.length).toBe(before);
  });

  it('checks roles at the gateway', async () => {
    const denied = await request('POST', '/api/v1/requisitions', { token: tokens.interviewer, body: validBody(departmentId) });
    expect(denied.status).toBe(403);
    expect((await request('GET', '/api/v1/requisitions', { token: tokens.interviewer })).status).toBe(403);
    expect((await request('GET', '/api/v1/positions', { token: tokens.interviewer })).status).toBe(200);
    expect((await request('POST', '/api/v1/requisitions/1/assign', { token: tokens.hr, body: { responsibleRecruiterId: ids.hr } })).status).toBe(403);
  });

  it('lists with filters mapped to the request, in a { data, page } envelope', async () => {
    const res = await request('GET', '/api/v1/requisitions?status=draft,open&awaitingMe=true&pageSize=5', { token: tokens.hrm });
    expect(res.status).toBe(200);
    expect(res.body.page).toEqual({ page: 1, pageSize: 5, total: 1 });
    expect(res.body.data).toHaveLength(1);
    const call = stub.calls.filter((c) => c.method === 'listRequisitions').pop()!;
    expect(call.request).toMatchObject({ statuses: ['draft', 'open'], awaitingApprover: ids.hrm, page: { page: 1, pageSize: 5 } });
    const tooBig = await request('GET', '/api/v1/requisitions?pageSize=101&status=bogus', { token: tokens.hrm });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'status.0']);
  });

  it('applies a PATCH over the current values', async () => {
    const res = await request('PATCH', '/api/v1/requisitions/1', { token: tokens.manager, body: { headcount: 3 } });
    expect(res.status).toBe(200);
    const update = stub.calls.filter((c) => c.method === 'updateRequisition').pop()!;
    expect(update.request.requisition).toMatchObject({ headcount: 3, workLocation: '上海', positionId: 'pos-1', reason: 'expansion' });
    expect(res.body.headcount).toBe(3);
  });

  it("maps the service's errors to problems", async () => {
    const missing = await request('GET', '/api/v1/requisitions/nope', { token: tokens.hrm, headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ title: 'Resource not found', reason: 'REQUISITION_NOT_FOUND' });
    const approve = await request('POST', '/api/v1/requisitions/1/approve', { token: tokens.manager, body: {} });
    expect(approve.status).toBe(403);
    expect(approve.body.reason).toBe('NOT_CURRENT_APPROVER');
  });

  it('checks assigned recruiters exist and hold hr or hr_manager', async () => {
    const bad = await request('POST', '/api/v1/requisitions/1/assign', {
      token: tokens.hrm,
      body: { responsibleRecruiterId: 'aaaaaaaaaaaaaaaaaaaaaaaa', helperRecruiterIds: [ids.interviewer] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'responsibleRecruiterId', rule: 'exists' }),
      expect.objectContaining({ field: 'helperRecruiterIds.0', rule: 'recruiter' }),
    ]);
    const ok = await request('POST', '/api/v1/requisitions/1/assign', {
      token: tokens.hrm,
      body: { responsibleRecruiterId: ids.hr, helperRecruiterIds: [ids.hrm, ids.hr] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ responsibleRecruiterId: ids.hr, helperRecruiterIds: [ids.hrm] });
  });

  it('lets recruiters be picked from the user directory (ids, names, roles only)', async () => {
    const res = await request('GET', '/api/v1/users?role=hr', { token: tokens.manager });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ id: ids.hr, name: '吴招聘', roles: ['hr'] }]);
    expect((await request('GET', '/api/v1/users', { token: tokens.interviewer })).status).toBe(403);
  });

  it('reports readiness from the backend health service, and 503 when it is gone', async () => {
    const ready = await request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ mongo: 'up', requisition: 'up', resume: 'up', interview: 'up', notification: 'up', offer: 'up' });
    await stub.stop();
    const down = await request('GET', '/readyz');
    expect(down.status).toBe(503);
    expect(down.body.checks.requisition).toBe('down');
    const call = await request('GET', '/api/v1/requisitions/1', { token: tokens.hrm });
    expect(call.status).toBe(503);
    expect(call.body.reason).toBeDefined();
  });
});
