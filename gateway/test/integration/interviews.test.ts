import { seedTeam } from '../support/seed-users';
import { startStubInterviewService, stubInterview } from '../support/stub-interview-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

const invitation = (interviewerIds: string[], overrides: Record<string, unknown> = {}) => ({
  applicationIds: ['app-1', 'app-2'],
  round: 'first',
  startsAt: '2030-03-05T14:00:00+08:00',
  durationMinutes: 60,
  format: { kind: 'video', link: 'https://meet.example.com/room-1' },
  interviewerIds,
  noteToCandidate: '请提前 10 分钟上线',
  ...overrides,
});

const fieldRules = (body: { errors?: Array<{ field: string; rule: string }> }) => (body.errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe('interview routes through gRPC (stub interview service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubInterviewService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let team: Awaited<ReturnType<typeof seedTeam>>;
  let tokens: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stub = await startStubInterviewService(`${TEST_SECRET}-internal`);
    running = await startGateway({ INTERVIEW_GRPC_URL: stub.address, COMPANY_TIMEZONE: 'Asia/Shanghai' });
    request = httpClient(running.baseUrl);
    team = await seedTeam(running);
    ({ tokens, ids } = team);
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('invites: interviewers resolved from the directory, the caller as contact, the company zone by default', async () => {
    const res = await request('POST', '/api/v1/interviews', {
      token: tokens.hr,
      body: invitation([ids.interviewer, ids.interviewer2, ids.manager, ids.interviewer]),
      headers: { 'x-correlation-id': 'corr-invite-1' },
    });
    expect(res.status).toBe(201);
    const { request: sent, call } = stub.last('scheduleInterviews')!;
    expect(call).toMatchObject({ correlationId: 'corr-invite-1', principal: { userId: ids.hr, roles: ['hr'] } });
    expect(sent).toMatchObject({
      applicationIds: ['app-1', 'app-2'],
      round: 'first',
      durationMinutes: 60,
      timeZone: 'Asia/Shanghai',
      format: { kind: 'video', link: 'https://meet.example.com/room-1', address: '', room: '', number: '' },
      noteToCandidate: '请提前 10 分钟上线',
      overrideConflicts: false,
      candidateLocale: '',
      contact: { userId: ids.hr, name: '吴招聘', email: 'hr@example.com', locale: 'zh-CN' },
    });
    expect(sent.startsAt.toISOString()).toBe('2030-03-05T06:00:00.000Z');
    expect(sent.interviewers).toEqual([
      { userId: ids.interviewer, name: '郑面试', email: 'iv@example.com', locale: 'zh-CN' },
      { userId: ids.interviewer2, name: 'Olivia Chen', email: 'iv2@example.com', locale: 'en' },
      { userId: ids.manager, name: '王经理', email: 'dm@example.com', locale: 'zh-CN' },
    ]);
    expect(res.body.data).toHaveLength(2);
    const [first] = res.body.data;
    expect(first).toMatchObject({
      applicationId: 'app-1',
      startsAt: '2030-03-05T06:00:00.000Z',
      endsAt: '2030-03-05T07:00:00.000Z',
      format: { kind: 'video', link: 'https://meet.example.com/room-1' },
      status: 'scheduled',
      candidateResponse: 'pending',
    });
    expect(first.interviewers[1]).toEqual({ userId: ids.interviewer2, name: 'Olivia Chen' });
    expect(JSON.stringify(res.body)).not.toContain('@example.com');
  });

  it('refuses bad input with the field and rule, before calling the service', async () => {
    const before = stub.calls.length;
    const link = await request('POST', '/api/v1/interviews', {
      token: tokens.hr,
      body: invitation([ids.interviewer], { format: { kind: 'video', link: 'http://meet.example.com/x' }, timeZone: 'Mars/Base' }),
    });
    expect(link.status).toBe(400);
    expect(link.headers.get('content-type')).toContain('application/problem+json');
    expect(fieldRules(link.body)).toEqual(expect.arrayContaining(['format.link:url', 'timeZone:iana']));
    const people = await request('POST', '/api/v1/interviews', {
      token: tokens.hr,
      body: invitation([ids.employee, ids.interviewer, team.retiredId, 'bbbbbbbbbbbbbbbbbbbbbbbb', ids.approver]),
      headers: { 'accept-language': 'en' },
    });
    expect(people.status).toBe(400);
    expect(people.body).toMatchObject({ reason: 'INVALID_INTERVIEWER', title: 'Invalid request' });
    expect(fieldRules(people.body)).toEqual(['interviewerIds.0:interviewer', 'interviewerIds.2:exists', 'interviewerIds.3:exists', 'interviewerIds.4:interviewer']);
    expect(stub.calls.length).toBe(before);
  });

  it('answers a busy interviewer with 409 INTERVIEWER_CONFLICT carrying the conflicts, and books on override', async () => {
    stub.busy.add(ids.interviewer);
    const refused = await request('POST', '/api/v1/interviews', { token: tokens.hrm, body: invitation([ids.interviewer]) });
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('INTERVIEWER_CONFLICT');
    expect(refused.body.errors).toEqual([{ field: 'interviewerIds', rule: 'conflict', message: expect.stringContaining(ids.interviewer) }]);
    const booked = await request('POST', '/api/v1/interviews', { token: tokens.hrm, body: invitation([ids.interviewer], { overrideConflicts: true }) });
    expect(booked.status).toBe(201);
    expect(stub.last('scheduleInterviews')!.request.overrideConflicts).toBe(true);
    stub.busy.clear();
  });

  it('lists with filters, lists my interviews, and gets one as the service allows', async () => {
    const list = await request(
      'GET',
      `/api/v1/interviews?status=scheduled,completed&interviewerId=${ids.interviewer}&from=2030-03-01T00:00:00%2B08:00&to=2030-03-31T00:00:00Z&page=2&pageSize=5`,
      { token: tokens.manager },
    );
    expect(list.status).toBe(200);
    expect(list.body.page).toMatchObject({ page: 2, pageSize: 5 });
    const sent = stub.last('listInterviews')!.request;
    expect(sent).toMatchObject({ statuses: ['scheduled', 'completed'], interviewerId: ids.interviewer, applicationId: '', page: { page: 2, pageSize: 5 } });
    expect(sent.from.toISOString()).toBe('2030-02-28T16:00:00.000Z');
    const bad = await request('GET', '/api/v1/interviews?status=lost&from=yesterday', { token: tokens.hr });
    expect(fieldRules(bad.body).sort()).toEqual(['from:datetime', 'status.0:enum']);

    const mine = await request('GET', '/api/v1/me/interviews?awaitingMyEvaluation=true&status=scheduled', { token: tokens.interviewer2 });
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(stub.last('listMyInterviews')!.request).toMatchObject({ awaitingMyEvaluation: true, statuses: ['scheduled'] });
    expect(stub.last('listMyInterviews')!.call.principal?.userId).toBe(ids.interviewer2);

    stub.interviews.set('solo', stubInterview('solo', { interviewers: [{ userId: ids.interviewer, name: '郑面试', email: 'iv@example.com', locale: 'zh-CN' }] }));
    expect((await request('GET', '/api/v1/interviews/solo', { token: tokens.interviewer })).status).toBe(200);
    const other = await request('GET', '/api/v1/interviews/solo', { token: tokens.interviewer2 });
    expect(other.status).toBe(403);
    expect(other.body.reason).toBe('NOT_ASSIGNED_INTERVIEWER');
    expect((await request('GET', '/api/v1/interviews/nope', { token: tokens.hr })).status).toBe(404);
  });

  describe('evaluations', () => {
    const ratings = { professional_skills: 4, communication: 3, learning_ability: 5, culture_fit: 4, stability: 2 };
    const panel = () => [
      { userId: ids.interviewer, name: '郑面试', email: 'iv@example.com', locale: 'zh-CN' },
      { userId: ids.manager, name: '王经理', email: 'dm@example.com', locale: 'zh-CN' },
    ];

    beforeAll(() => {
      stub.interviews.set('ev1', stubInterview('ev1', { interviewers: panel() }));
    });

    it('lets an assigned interviewer submit; anyone else gets 403 from the service', async () => {
      const res = await request('POST', '/api/v1/interviews/ev1/evaluations', {
        token: tokens.interviewer,
        body: { ratings, strengths: '基础扎实', verdict: 'pass' },
      });
      expect(res.status).toBe(201);
      expect(res.body.evaluation).toMatchObject({ interviewerId: ids.interviewer, ratings, strengths: '基础扎实', concerns: '', verdict: 'pass', amendments: [] });
      expect(res.body.interview.submittedInterviewerIds).toEqual([ids.interviewer]);
      const sent = stub.last('submitEvaluation')!.request;
      expect(sent.evaluation.ratings).toEqual(Object.entries(ratings).map(([criterion, score]) => ({ criterion, score })));

      const outsider = await request('POST', '/api/v1/interviews/ev1/evaluations', { token: tokens.interviewer2, body: { ratings, verdict: 'pass' } });
      expect(outsider.status).toBe(403);
      expect(outsider.body.reason).toBe('NOT_ASSIGNED_INTERVIEWER');
      const again = await request('POST', '/api/v1/interviews/ev1/evaluations', { token: tokens.interviewer, body: { ratings, verdict: 'pass' } });
      expect(again.status).toBe(409);
    });

    it('needs a reason to fail, naming failReason, without calling the service', async () => {
      const before = stub.calls.length;
      const res = await request('POST', '/api/v1/interviews/ev1/evaluations', { token: tokens.manager, body: { ratings, verdict: 'fail' } });
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['failReason:required']);
      const rating = await request('POST', '/api/v1/interviews/ev1/evaluations', {
        token: tokens.manager,
        body: { ratings: { ...ratings, stability: 9 }, verdict: 'fail', failReason: '经验不足' },
      });
      expect(fieldRules(rating.body)).toEqual(['ratings.stability:max']);
      expect(stub.calls.length).toBe(before);
    });

    it('amends my evaluation keeping the earlier version, and lists them', async () => {
      const res = await request('PUT', '/api/v1/interviews/ev1/evaluations/me', {
        token: tokens.interviewer,
        body: { ratings: { ...ratings, communication: 2 }, verdict: 'fail', failReason: '表达不清' },
      });
      expect(res.status).toBe(200);
      expect(res.body.evaluation).toMatchObject({ verdict: 'fail', failReason: '表达不清', ratings: { communication: 2 } });
      expect(res.body.evaluation.amendments).toEqual([expect.objectContaining({ verdict: 'pass', ratings })]);
      const listed = await request('GET', '/api/v1/interviews/ev1/evaluations', { token: tokens.hr });
      expect(listed.status).toBe(200);
      expect(listed.body.data).toHaveLength(1);
      expect(listed.body.data[0].submittedAt).toBe('2026-02-03T04:05:06.000Z');
    });
  });

  it('reschedules (new interviewers resolved), cancels, records a no-show, decides and closes', async () => {
    stub.interviews.set('act', stubInterview('act', { interviewers: [{ userId: ids.interviewer, name: '郑面试', email: 'iv@example.com', locale: 'zh-CN' }] }));
    const wrong = await request('POST', '/api/v1/interviews/act/reschedule', {
      token: tokens.hr,
      body: { startsAt: '2030-03-06T10:00:00Z', interviewerIds: [ids.admin] },
    });
    expect(fieldRules(wrong.body)).toEqual(['interviewerIds.0:interviewer']);
    const moved = await request('POST', '/api/v1/interviews/act/reschedule', {
      token: tokens.hr,
      body: { startsAt: '2030-03-06T10:00:00Z', interviewerIds: [ids.interviewer2], expectedVersion: 1 },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsAt: '2030-03-06T10:00:00.000Z', sequence: 1, interviewers: [{ userId: ids.interviewer2 }] });
    expect(stub.last('rescheduleInterview')!.request).toMatchObject({ expectedVersion: 1, durationMinutes: 0, timeZone: '', noteToCandidate: '' });
    expect(stub.last('rescheduleInterview')!.request.format).toBeUndefined();

    const noShow = await request('POST', '/api/v1/interviews/act/no-show', { token: tokens.interviewer2, body: { who: 'candidate' } });
    expect(noShow.body.noShow).toMatchObject({ who: 'candidate', recordedBy: ids.interviewer2 });
    expect(fieldRules((await request('POST', '/api/v1/interviews/act/no-show', { token: tokens.hr, body: { who: 'dog' } })).body)).toEqual(['who:enum']);
    const decided = await request('POST', '/api/v1/interviews/act/decision', { token: tokens.hrm, body: { outcome: 'pass' } });
    expect(decided.body).toMatchObject({ status: 'completed', result: { outcome: 'pass', next: 'next_round', decidedBy: 'hr', overridden: false } });
    expect((await request('POST', '/api/v1/interviews/act/close', { token: tokens.hr })).body.roundClosed).toBe(true);
    expect(fieldRules((await request('POST', '/api/v1/interviews/act/cancel', { token: tokens.hr, body: {} })).body)).toEqual(['reason:required']);
    const cancelled = await request('POST', '/api/v1/interviews/act/cancel', { token: tokens.hr, body: { reason: '候选人已入职他处' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: '候选人已入职他处' });
  });
});
