import { offerDirectoryFakes } from '../support/offer-directory-fakes';
import { seedTeam, seedUser } from '../support/seed-users';
import { stubOffer } from '../support/stub-offer-fixtures';
import { StubOfferService, startStubOfferService } from '../support/stub-offer-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

const terms = (overrides: Record<string, unknown> = {}) => ({
  applicationId: 'app-1',
  grade: 'P6',
  salary: { monthlyBase: '30000.00', monthsPerYear: 13, allowances: [{ name: '交通补贴', amount: '800' }], bonus: '50000' },
  probation: { months: 3, salary: '24000' },
  startDate: '2030-04-01',
  workLocation: '上海',
  contract: { type: 'fixed_term', years: 3 },
  reportingManager: { name: '王经理' },
  expiresAt: '2030-03-20T18:00:00+08:00',
  ...overrides,
});

const fieldRules = (body: { errors?: Array<{ field: string; rule: string }> }) => (body.errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe('offer routes through gRPC (stub offer service, real database)', () => {
  let stub: StubOfferService;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let tokens: Record<string, string>;
  let ids: Record<string, string>;
  let departmentId = '';
  const fakes = offerDirectoryFakes(() => departmentId);

  beforeAll(async () => {
    stub = await startStubOfferService(`${TEST_SECRET}-internal`);
    running = await startGateway({ OFFER_GRPC_URL: stub.address }, { resumeClient: fakes.resumeClient, requisitionClient: fakes.requisitionClient });
    request = httpClient(running.baseUrl);
    const team = await seedTeam(running);
    ({ tokens, ids } = team);
    departmentId = team.users.manager.departmentId!;
    tokens.gm = (await seedUser(running, { email: 'gm@example.com', name: '郑总', roles: ['general_manager'] })).token;
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('creates: the terms as sent, who the offer is for left to the service, department and manager names from the directory', async () => {
    const res = await request('POST', '/api/v1/offers', {
      token: tokens.hr,
      body: terms({ candidateLocale: 'en', reportingManager: { userId: ids.manager } }),
      headers: { 'x-correlation-id': 'corr-offer-1' },
    });
    expect(res.status).toBe(201);
    expect(fakes.asked).toEqual(['application:app-1', 'requisition:r1']);
    const { request: sent, call } = stub.last('createOffer')!;
    expect(call).toMatchObject({ correlationId: 'corr-offer-1', principal: { userId: ids.hr, roles: ['hr'] } });
    expect(sent.terms).toMatchObject({
      applicationId: 'app-1',
      candidateId: '',
      requisitionId: '',
      candidate: { name: '', email: '', locale: 'en' },
      positionId: '',
      positionTitle: '',
      departmentId: '',
      departmentName: '研发部',
      grade: 'P6',
      salary: { currency: 'CNY', monthlyBase: '30000.00', monthsPerYear: 13, allowances: [{ name: '交通补贴', amount: '800' }], bonus: '50000' },
      probation: { months: 3, monthlySalary: '24000' },
      startDate: '2030-04-01',
      contract: { type: 'fixed_term', years: 3 },
      reportingManager: { userId: ids.manager, name: '王经理' },
      notes: '',
    });
    expect(sent.terms.expiresAt.toISOString()).toBe('2030-03-20T10:00:00.000Z');
    expect(res.body).toMatchObject({
      status: 'draft',
      applicationId: 'app-1',
      candidateId: 'c1',
      candidate: { name: '李娜', locale: 'en' },
      positionTitle: 'Java 工程师',
      departmentName: '研发部',
      probation: { months: 3, salary: '24000' },
      reportingManager: { userId: ids.manager, name: '王经理' },
      expiresAt: '2030-03-20T10:00:00.000Z',
      sendCount: 0,
    });
    expect(res.body).not.toHaveProperty('notes');
  });

  it('refuses bad terms naming each field, before asking any service', async () => {
    const before = { calls: stub.calls.length, asked: fakes.asked.length };
    const res = await request('POST', '/api/v1/offers', {
      token: tokens.hr,
      body: terms({ salary: { monthlyBase: '3万' }, startDate: 'next monday', expiresAt: '2030-03-20 18:00' }),
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ reason: 'VALIDATION_FAILED', title: 'Invalid request' });
    expect(fieldRules(res.body).sort()).toEqual(['expiresAt:datetime', 'salary.monthlyBase:pattern', 'startDate:date']);
    expect(res.body.detail).toContain('salary.monthlyBase');
    const manager = await request('POST', '/api/v1/offers', { token: tokens.hr, body: terms({ reportingManager: { userId: 'bbbbbbbbbbbbbbbbbbbbbbbb' } }) });
    expect(manager.body).toMatchObject({ status: 400, reason: 'INVALID_REPORTING_MANAGER' });
    expect(fieldRules(manager.body)).toEqual(['reportingManager.userId:exists']);
    expect(stub.calls.length).toBe(before.calls);
  });

  it("names the service's refusals by the request's fields, and relays a missing application", async () => {
    const res = await request('POST', '/api/v1/offers', { token: tokens.hrm, body: terms({ probation: { months: 3, salary: '20000' } }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'probation.salary', rule: 'min_percent', message: '试用期工资不得低于月基本工资的 80%' }]);
    expect(res.body.detail).toBe('以下字段不符合要求：probation.salary');
    const missing = await request('POST', '/api/v1/offers', { token: tokens.hr, body: terms({ applicationId: 'missing' }) });
    expect(missing.status).toBe(404);
    expect(missing.body.reason).toBe('APPLICATION_NOT_FOUND');
  });

  it('patches: the stored terms with the change laid over, guarded by the version read', async () => {
    stub.offers.set('o-edit', stubOffer('o-edit', { version: 4 }));
    const res = await request('PATCH', '/api/v1/offers/o-edit', {
      token: tokens.hr,
      body: { salary: { monthlyBase: '29000' }, notes: '谈薪后调整', reportingManager: { userId: ids.hrm } },
    });
    expect(res.status).toBe(200);
    const sent = stub.last('updateOffer')!.request;
    expect(sent.expectedVersion).toBe(4);
    expect(sent.terms).toMatchObject({
      applicationId: 'app-1',
      candidateId: 'c1',
      grade: 'P6',
      startDate: '2030-04-01',
      salary: { monthlyBase: '29000', monthsPerYear: 12, allowances: [], bonus: '0' },
      probation: { months: 3, monthlySalary: '24000.00' },
      departmentName: '研发部',
      reportingManager: { userId: ids.hrm, name: '周主管' },
      notes: '谈薪后调整',
    });
    expect(res.body).toMatchObject({ version: 5, notes: '谈薪后调整', salary: { monthlyBase: '29000' } });

    const stale = await request('PATCH', '/api/v1/offers/o-edit', { token: tokens.hr, body: { grade: 'P7', expectedVersion: 4 } });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('CONCURRENT_MODIFICATION');
    stub.offers.set('o-sent', stubOffer('o-sent', { status: 'sent' }));
    const sentOffer = await request('PATCH', '/api/v1/offers/o-sent', { token: tokens.hr, body: { grade: 'P7' } });
    expect(sentOffer.body).toMatchObject({ status: 409, reason: 'OFFER_NOT_EDITABLE' });
    expect(fieldRules((await request('PATCH', '/api/v1/offers/o-edit', { token: tokens.hr, body: { applicationId: 'x' } })).body)).toContain(
      'applicationId:unknown_key',
    );
  });

  it('lists with filters (approvedOnly: OFFER列表), lists what awaits me, gets one', async () => {
    const list = await request('GET', `/api/v1/offers?status=approved,sent&approvedOnly=true&departmentId=${departmentId}&page=2&pageSize=5`, {
      token: tokens.manager,
    });
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data[0]).toHaveProperty('annualCash');
    expect(stub.last('listOffers')!.request).toMatchObject({
      statuses: ['approved', 'sent'],
      approvedOnly: true,
      awaitingMe: false,
      departmentId,
      page: { page: 2, pageSize: 5 },
    });
    expect(stub.last('listOffers')!.request.applicationId).toBeUndefined();
    const bad = await request('GET', '/api/v1/offers?status=lost&approvedOnly=yes', { token: tokens.hr });
    expect(fieldRules(bad.body).sort()).toEqual(['approvedOnly:enum', 'status.0:enum']);

    const mine = await request('GET', '/api/v1/offers/awaiting-my-approval?pageSize=3', { token: tokens.gm });
    expect(mine.status).toBe(200);
    expect(stub.last('listOffers')!.request).toMatchObject({ awaitingMe: true, statuses: [], page: { page: 1, pageSize: 3 } });
    expect(stub.last('listOffers')!.call.principal).toMatchObject({ roles: ['general_manager'] });

    expect((await request('GET', '/api/v1/offers/o-edit', { token: tokens.approver })).body).toMatchObject({ id: 'o-edit', number: 'OFF-2026-o-edit' });
    expect((await request('GET', '/api/v1/offers/nope', { token: tokens.hr })).status).toBe(404);
  });
});
