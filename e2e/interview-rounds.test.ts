import { waitUntil } from '@hr/testing';
import { Api } from './support/http-client';
import { People, openStoreRequisition } from './support/people';
import { ADMIN, RunningSystem, startSystem } from './support/system';

const DAY_MS = 24 * 3600_000;
const SKIP_REASON = '门店急招，直接安排 HR 面';

describe('interview rounds through the gateway: kept on the application, none skipped unless HR says why', () => {
  let system: RunningSystem;
  let as: Record<string, Api>;
  let ids: Record<string, string>;
  let requisitionId: string;
  /** On a whole minute, days ahead: interviews of one test never overlap. */
  const daysAhead = (days: number) => new Date(Math.ceil((Date.now() + days * DAY_MS) / 60_000) * 60_000).toISOString();

  beforeAll(async () => {
    system = await startSystem();
    const anonymous = new Api(system.baseUrl);
    const people = new People(anonymous, await anonymous.login(ADMIN.email, ADMIN.password));
    ({ as, ids } = people);
    requisitionId = await openStoreRequisition(people);
    await people.add('interviewer', { name: '林峰', roles: ['interviewer'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const applicationWhen = (id: string, done: (application: any) => boolean) =>
    waitUntil(async () => {
      const { body } = await as.recruiter.get(`/api/v1/applications/${id}`);
      return done(body) ? body : undefined;
    }, { timeoutMs: 15_000 });

  it('shows the passed round, refuses HR a skipped round without a reason, records the reason, and reaches the offer', async () => {
    const created = await as.recruiter.post('/api/v1/candidates', {
      profile: { name: '吴倩', email: 'wu.qian@example.com', phone: '13812345678' },
      source: { channel: 'job_board', detail: 'BOSS直聘' },
      requisitionId,
    });
    expect(created.status).toBe(201);
    const applicationId: string = created.body.application.id;
    expect((await as.recruiter.get(`/api/v1/applications/${applicationId}`)).body).toMatchObject({ rounds: [] });
    const body = (round: string, days: number, extra: Record<string, unknown> = {}) => ({
      applicationIds: [applicationId],
      round,
      startsAt: daysAhead(days),
      durationMinutes: 45,
      format: { kind: 'video', link: 'https://meeting.example.com/j/9' },
      interviewerIds: [ids.interviewer],
      ...extra,
    });

    const first = (await as.recruiter.post('/api/v1/interviews', body('first', 1))).body.data[0];
    expect((await as.recruiter.post(`/api/v1/interviews/${first.id}/decision`, { outcome: 'pass' })).status).toBe(200);
    const passed = await applicationWhen(applicationId, (a) => a.currentRound?.status === 'passed');
    // What is not known is absent: no empty next round, no empty skip.
    expect(passed.currentRound).toEqual({
      interviewId: first.id, round: 'first', status: 'passed', nextRound: 'second', decidedAt: expect.any(String), updatedAt: expect.any(String),
    });

    const refused = await as.recruiter.post('/api/v1/interviews', body('hr', 2));
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('EARLIER_ROUND_NOT_PASSED');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'round', rule: 'in_order' })]);
    const blank = await as.recruiter.post('/api/v1/interviews', body('hr', 2, { skipRounds: { reason: '  ' } }));
    expect(blank.status).toBe(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['skipRounds.reason']);
    expect((await as.interviewer.post('/api/v1/interviews', body('hr', 2, { skipRounds: { reason: SKIP_REASON } }))).status).toBe(403);

    const skipping = await as.recruiter.post('/api/v1/interviews', body('hr', 2, { skipRounds: { reason: SKIP_REASON } }));
    expect(skipping.status).toBe(201);
    const hr = skipping.body.data[0];
    const recorded = { rounds: ['second', 'final'], reason: SKIP_REASON, by: ids.recruiter, at: expect.any(String) };
    expect(hr.skippedRounds).toEqual(recorded);
    expect((await as.recruiter.get(`/api/v1/interviews/${hr.id}`)).body.skippedRounds).toEqual(recorded);
    const inHr = await applicationWhen(applicationId, (a) => a.currentRound?.interviewId === hr.id);
    expect(inHr.currentRound).toMatchObject({ round: 'hr', status: 'scheduled', skippedRounds: { rounds: ['second', 'final'], reason: SKIP_REASON } });
    expect(inHr.rounds.map((r: { round: string; status: string }) => [r.round, r.status])).toEqual([['first', 'passed'], ['hr', 'scheduled']]);

    const candidateId = created.body.candidate.id;
    const timeline = await waitUntil(async () => {
      const { body: page } = await as.recruiter.get(`/api/v1/candidates/${candidateId}/timeline?pageSize=100`);
      return page.data.find((e: { type: string; data: { interviewId?: string } }) => e.type === 'interview.interview.scheduled.v1' && e.data.interviewId === hr.id);
    });
    expect(timeline.actorId).toBe(ids.recruiter);
    expect(timeline.data.summary['zh-CN']).toContain('跳过复试、终面，原因：门店急招');

    expect((await as.recruiter.post(`/api/v1/interviews/${hr.id}/decision`, { outcome: 'pass' })).status).toBe(200);
    const offered = await applicationWhen(applicationId, (a) => a.stage === 'offer');
    expect(offered.currentRound).toMatchObject({ round: 'hr', status: 'passed' });
    expect(offered.currentRound).not.toHaveProperty('nextRound');
  });
});
