import { interviewV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { rejectionOf, waitUntil } from '@hr/testing';
import { System, eventAbout, interviewer, invite, newApplication, recruiter, startSystem } from './interview-harness';

const DAY_MINUTES = 24 * 60;
const SKIP_REASON = '门店急招，直接安排 HR 面';

describe('interview rounds in order (real requisition + resume services, FerretDB, RabbitMQ)', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem({ AGENDA_LOCK_LIFETIME_MS: '5000' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const application = async (id: string) => (await system.resume.getApplication({ id }, { principal: recruiter })).application!;
  /** The application once the resume service has applied the interview events that make `done` true. */
  const applicationWhen = (id: string, done: (a: Awaited<ReturnType<typeof application>>) => boolean) =>
    waitUntil(async () => {
      const current = await application(id);
      return done(current) ? current : undefined;
    });

  /** A fresh application whose first round HR has passed. */
  async function passedFirstRound(name: string, panel = [interviewer('nina')]) {
    const { applicationId } = await newApplication(system, name);
    const [first] = (await invite(system, [applicationId], panel, system.clock.inMinutes(60))).interviews;
    await system.interviews.decideRound({ interviewId: first.id, outcome: 'pass', overrideFailures: false }, { principal: recruiter });
    await applicationWhen(applicationId, (a) => a.currentRound?.status === 'passed');
    return { applicationId, first, panel };
  }

  it('keeps the passed round on the application, refuses to skip the next ones, and records the skip when HR says why', async () => {
    const { applicationId, first, panel } = await passedFirstRound('周敏');
    const passed = await application(applicationId);
    expect(passed).toMatchObject({ stage: 'interview', currentRound: { interviewId: first.id, round: 'first', status: 'passed', nextRound: 'second' } });

    const refused = await rejectionOf<DomainError>(invite(system, [applicationId], panel, system.clock.inMinutes(DAY_MINUTES), { round: 'hr' }));
    expect(refused).toMatchObject({ kind: 'failed_precondition', reason: 'EARLIER_ROUND_NOT_PASSED' });
    expect(refused.violations).toEqual([
      { field: 'round', rule: 'in_order', message: expect.stringContaining(`application ${applicationId} has not passed the second, final rounds`) },
    ]);

    const skipRounds = { reason: SKIP_REASON };
    const [hr] = (await invite(system, [applicationId], panel, system.clock.inMinutes(DAY_MINUTES), { round: 'hr', skipRounds })).interviews;
    const recorded = { rounds: ['second', 'final'], reason: SKIP_REASON, by: recruiter.userId };
    expect(hr.skippedRounds).toMatchObject(recorded);
    expect((await system.interviews.getInterview({ id: hr.id }, { principal: recruiter })).interview!.skippedRounds).toMatchObject(recorded);
    const scheduled = await eventAbout(system, 'interview.interview.scheduled.v1', hr.id);
    expect(scheduled.data).toMatchObject({ skippedRounds: { rounds: ['second', 'final'], reason: SKIP_REASON } });

    const inHr = await applicationWhen(applicationId, (a) => a.currentRound?.interviewId === hr.id);
    expect(inHr.currentRound).toMatchObject({ round: 'hr', status: 'scheduled', skippedRounds: ['second', 'final'], skipReason: SKIP_REASON });
    expect(inHr.rounds.map((r) => [r.round, r.status])).toEqual([['first', 'passed'], ['hr', 'scheduled']]);
  });

  it('schedules the next round without a reason; cancelling it leaves the passed round current', async () => {
    const { applicationId, panel } = await passedFirstRound('钱芳');
    const [second] = (await invite(system, [applicationId], panel, system.clock.inMinutes(DAY_MINUTES), { round: 'second' })).interviews;
    expect(second.skippedRounds).toBeUndefined();
    await applicationWhen(applicationId, (a) => a.currentRound?.interviewId === second.id);

    await system.interviews.cancelInterview({ id: second.id, reason: '候选人改约' }, { principal: recruiter });
    const after = await applicationWhen(applicationId, (a) => a.rounds.some((r) => r.status === 'cancelled'));
    expect(after.currentRound).toMatchObject({ round: 'first', status: 'passed' });
    expect(after.rounds.map((r) => [r.round, r.status])).toEqual([['first', 'passed'], ['second', 'cancelled']]);
  });

  it('refuses a batch naming only the applications that would skip, and schedules none of it', async () => {
    const ready = await passedFirstRound('孙悦');
    const { applicationId: fresh } = await newApplication(system, '何琳');
    const batch = invite(system, [ready.applicationId, fresh], ready.panel, system.clock.inMinutes(2 * DAY_MINUTES), { round: 'second' });
    const refused = await rejectionOf<DomainError>(batch);
    expect(refused.reason).toBe('EARLIER_ROUND_NOT_PASSED');
    expect(refused.violations.map((v) => v.message)).toEqual([expect.stringContaining(`application ${fresh} has not passed the first round before the second round`)]);
    const query = interviewV1.ListInterviewsRequest.fromPartial({ applicationId: ready.applicationId });
    const listed = await system.interviews.listInterviews(query, { principal: recruiter });
    expect(listed.interviews.map((i) => i.round)).toEqual(['first']);
  });
});
