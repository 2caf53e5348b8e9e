import { seedUser } from '../support/seed-users';
import { startStubResumeService, stubCandidate } from '../support/stub-resume-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

describe('candidate and application routes (stub resume service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubResumeService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stub = await startStubResumeService(`${TEST_SECRET}-internal`);
    running = await startGateway({ RESUME_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    const dept = await running.gateway.departments.create({ name: '销售部', code: 'SALES' });
    const seeds = {
      hr: { email: 'hr@example.com', name: '吴招聘', roles: ['hr' as const] },
      hrm: { email: 'hrm@example.com', name: '周主管', roles: ['hr_manager' as const] },
      manager: { email: 'dm@example.com', name: '王经理', roles: ['dept_manager' as const], departmentId: dept.id },
      interviewer: { email: 'iv@example.com', name: '郑面试', roles: ['interviewer' as const] },
      admin: { email: 'admin@example.com', name: 'Admin', roles: ['admin' as const] },
    };
    for (const [key, seed] of Object.entries(seeds)) {
      const { user, token } = await seedUser(running, seed);
      tokens[key] = token;
      ids[key] = user.id;
    }
    stub.candidates.set('c100', stubCandidate('c100', { version: 3 }));
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('refuses an interviewer who tries to blacklist, with a problem', async () => {
    const res = await request('POST', '/api/v1/candidates/c100/blacklist', { token: tokens.interviewer, body: { reason: '简历造假' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 403, reason: 'ROLE_REQUIRED' });
    expect(stub.last('blacklistCandidate')).toBeUndefined();
  });

  it('lets HR blacklist, and only an HR manager lift it', async () => {
    const blacklisted = await request('POST', '/api/v1/candidates/c100/blacklist', { token: tokens.hr, body: { reason: '简历造假' } });
    expect(blacklisted.status).toBe(200);
    expect(blacklisted.body).toMatchObject({ id: 'c100', status: 'blacklisted', statusReason: '简历造假' });
    expect(stub.last('blacklistCandidate')!.call.principal?.userId).toBe(ids.hr);
    const byHr = await request('POST', '/api/v1/candidates/c100/unblacklist', { token: tokens.hr, body: { reason: '误判' } });
    expect(byHr.status).toBe(403);
    expect(byHr.body.reason).toBe('ROLE_REQUIRED');
    const noReason = await request('POST', '/api/v1/candidates/c100/unblacklist', { token: tokens.hrm, body: {} });
    expect(noReason.status).toBe(400);
    const byManager = await request('POST', '/api/v1/candidates/c100/unblacklist', { token: tokens.hrm, body: { reason: '误判' } });
    expect(byManager.status).toBe(200);
    expect(byManager.body.status).toBe('active');
  });

  it('maps the search query to the service filter', async () => {
    const query =
      'q=Java%20%E4%B8%8A%E6%B5%B7&stage=interview,offer&tag=急招,男&category=销售&source=referral&city=上海' +
      `&minYears=2&maxYears=5.5&education=bachelor&createdFrom=2026-01-01&createdTo=2026-01-31&hrId=${ids.hr}&status=active&sort=-years_of_experience&page=2&pageSize=5`;
    const res = await request('GET', `/api/v1/candidates?${query}`, { token: tokens.hr });
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    const { request: sent } = stub.last('searchCandidates')!;
    expect(sent).toMatchObject({ sort: '-years_of_experience', page: { page: 2, pageSize: 5 } });
    expect(sent.filter).toMatchObject({
      keywords: 'Java 上海',
      stages: ['interview', 'offer'],
      tags: ['急招', '男'],
      categories: ['销售'],
      sourceChannel: 'referral',
      city: '上海',
      minYears: 2,
      maxYears: 5.5,
      educationLevel: 'bachelor',
      hrId: ids.hr,
      statuses: ['active'],
    });
    expect(sent.filter.createdFrom.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(sent.filter.createdTo.toISOString()).toBe('2026-01-31T23:59:59.999Z');
    const bad = await request('GET', '/api/v1/candidates?stage=hired,nope&sort=age&hrId=x', { token: tokens.hr });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hrId', 'sort', 'stage.1']);
    const years = await request('GET', '/api/v1/candidates?minYears=5&maxYears=2', { token: tokens.hr });
    expect(years.body.errors).toEqual([expect.objectContaining({ field: 'maxYears', rule: 'gte_min' })]);
    expect((await request('GET', '/api/v1/candidates', { token: tokens.admin })).status).toBe(403);
  });

  it('routes fixed paths before /{id}', async () => {
    const res = await request('GET', '/api/v1/candidates/saved-filters', { token: tokens.hr });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [] });
    expect(stub.last('listSavedFilters')).toBeDefined();
  });

  it('applies a PATCH over the current profile with the version read', async () => {
    const res = await request('PATCH', '/api/v1/candidates/c100', { token: tokens.hr, body: { city: '杭州', skills: ['Java', 'Go'] } });
    expect(res.status).toBe(200);
    const { request: sent } = stub.last('updateCandidate')!;
    expect(sent.expectedVersion).toBe(5);
    expect(sent.profile).toMatchObject({ name: '候选人 c100', city: '杭州', skills: ['Java', 'Go'], phone: '' });
    expect((await request('PATCH', '/api/v1/candidates/c100', { token: tokens.hr, body: {} })).status).toBe(400);
  });

  it('creates a candidate by hand, the caller as inviting HR', async () => {
    const res = await request('POST', '/api/v1/candidates', {
      token: tokens.hr,
      body: { profile: { name: '李娜', phone: '+86 139 1234 5678', email: 'lina@example.com' }, source: { channel: 'walk_in' }, tags: ['应届'] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'created', parseFailed: false, candidate: { profile: { name: '李娜' } } });
    expect(stub.last('createCandidate')!.request).toMatchObject({
      source: { channel: 'walk_in', invitingHrId: ids.hr },
      tags: ['应届'],
      profile: { name: '李娜', phone: '+86 139 1234 5678', birthYear: 0 },
    });
  });

  it('leaves what nobody knows out of the answer instead of proto zeros ("", 0)', async () => {
    stub.candidates.set('c-parsed', stubCandidate('c-parsed', { profile: { ...stubCandidate('x').profile!, name: '王芳', skills: ['Excel'] } }));
    const res = await request('GET', '/api/v1/candidates/c-parsed', { token: tokens.hr });
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({ name: '王芳', education: [], workHistory: [], skills: ['Excel'], languages: [] });
    expect(res.body).not.toHaveProperty('statusReason');
    expect(res.body).not.toHaveProperty('mergedInto');
    expect(res.body).toMatchObject({ version: 1, needsManualEntry: false, tags: [] });
  });

  it('creates applications and checks assigned interviewers hold the role', async () => {
    const created = await request('POST', '/api/v1/applications', {
      token: tokens.hr,
      body: { candidateId: 'c100', requisitionId: 'req-1', source: { channel: 'referral', referrerEmployeeId: ids.manager } },
    });
    expect(created.status).toBe(201);
    expect(stub.last('createApplication')!.request.source).toMatchObject({ channel: 'referral', referrerEmployeeId: ids.manager, invitingHrId: ids.hr });
    const wrong = await request('POST', `/api/v1/applications/${created.body.id}/interviewers`, {
      token: tokens.hr,
      body: { interviewerIds: [ids.interviewer, ids.hr, 'aaaaaaaaaaaaaaaaaaaaaaaa'] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      expect.objectContaining({ field: 'interviewerIds.1', rule: 'interviewer' }),
      expect.objectContaining({ field: 'interviewerIds.2', rule: 'exists' }),
    ]);
    const ok = await request('POST', `/api/v1/applications/${created.body.id}/interviewers`, {
      token: tokens.hr,
      body: { interviewerIds: [ids.interviewer, ids.interviewer] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.interviewerIds).toEqual([ids.interviewer]);
  });

  it('lets department managers and interviewers read applications, not write them', async () => {
    for (const reader of ['manager', 'interviewer']) {
      const res = await request('GET', '/api/v1/applications?stage=new,interview&requisitionId=req-1', { token: tokens[reader] });
      expect(res.status).toBe(200);
      expect(stub.last('listApplications')!.call.principal?.userId).toBe(ids[reader]);
    }
    expect(stub.last('listApplications')!.request).toMatchObject({ stages: ['new', 'interview'], requisitionId: 'req-1' });
    const write = await request('POST', '/api/v1/applications', { token: tokens.manager, body: { candidateId: 'c100', requisitionId: 'req-1' } });
    expect(write.status).toBe(403);
  });
});
