import {
  ApplicationStageChanged,
  CandidateResponded,
  EvaluationRequested,
  EvaluationSubmitted,
  EventEnvelope,
  InterviewCancelled,
  InterviewReminderDue,
  InterviewRescheduled,
  InterviewScheduled,
  NoShowRecorded,
  RoundDecided,
} from '@hr/contracts';
import { waitUntil } from '@hr/testing';
import { INTERVIEWER_DETAILS, INVITATION_DETAILS, InterviewRefs, hrActor, interviewEvent, invitation, snapshot } from '../interview-fixtures';
import { EventFollowHarness } from './event-follow-harness';
import { recruiter } from './resume-harness';

describe('interview events move applications and fill the timeline (real FerretDB + RabbitMQ)', () => {
  const harness = new EventFollowHarness({ probeTypes: [ApplicationStageChanged.type], decisions: 'interview event' });
  const { logged, publish, application, decision, failures, interviewee: applicant } = harness;
  const stageChanges = (applicationId: string) => harness.published(ApplicationStageChanged.type, applicationId);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  let first: InterviewRefs;
  let invited: EventEnvelope;
  let passed: EventEnvelope;

  it('moves a new application to interview (through screening) by the inviting HR, and publishes the stage changes', async () => {
    first = await applicant('林小雨', '13811112222');
    invited = interviewEvent(InterviewScheduled, { interview: snapshot(first), invitation: invitation() });
    await publish(invited);
    const moved = await waitUntil(async () => ((await application(first.applicationId)).stage === 'interview' ? application(first.applicationId) : undefined));
    expect(moved.stageHistory.map((c) => [c.fromStage, c.toStage, c.by])).toEqual([
      ['new', 'screening', hrActor.userId],
      ['screening', 'interview', hrActor.userId],
    ]);
    await harness.probe.waitFor((e) => (e.data as any).applicationId === first.applicationId && (e.data as any).toStage === 'interview');
    expect(stageChanges(first.applicationId).map((e) => [e.data, e.causationId, e.actor?.userId])).toEqual([
      [expect.objectContaining({ candidateId: first.candidateId, fromStage: 'new', toStage: 'screening' }), invited.id, hrActor.userId],
      [expect.objectContaining({ candidateId: first.candidateId, fromStage: 'screening', toStage: 'interview' }), invited.id, hrActor.userId],
    ]);
  });

  it('takes a redelivered invitation (same id) as already applied: no second change, no error', async () => {
    const before = await application(first.applicationId);
    await publish(invited);
    await waitUntil(() => logged.filter((l) => l.fields?.eventId === invited.id && l.fields?.outcome === 'replayed').length === 1);
    expect(await application(first.applicationId)).toMatchObject({ stage: 'interview', version: before.version });
    expect(failures(invited.id)).toEqual([]);
    expect(stageChanges(first.applicationId)).toHaveLength(2);
  });

  it('moves the application to offer when the round leads to an offer', async () => {
    passed = interviewEvent(RoundDecided, { ...first, round: 'first', outcome: 'pass', next: 'offer', decidedBy: 'all_submitted', overridden: false }, { userId: 'u-int-1', roles: ['interviewer'] });
    await publish(passed);
    await harness.probe.waitFor((e) => (e.data as any).applicationId === first.applicationId && (e.data as any).toStage === 'offer');
    const offered = await application(first.applicationId);
    expect(offered.stage).toBe('offer');
    expect(offered.stageHistory.at(-1)).toMatchObject({ fromStage: 'interview', toStage: 'offer', by: 'u-int-1' });
  });

  it('does not let a late redelivery of the invitation or of the result move the application again', async () => {
    const before = await application(first.applicationId);
    await publish(invited);
    await publish(passed);
    await waitUntil(() => logged.filter((l) => l.fields?.eventId === invited.id && l.fields?.outcome === 'replayed').length === 2);
    await waitUntil(() => logged.some((l) => l.fields?.eventId === passed.id && l.fields?.outcome === 'replayed'));
    expect(await application(first.applicationId)).toMatchObject({ stage: 'offer', version: before.version });
    expect([...failures(invited.id), ...failures(passed.id)]).toEqual([]);
    expect(stageChanges(first.applicationId)).toHaveLength(3);
  });

  it('keeps the application in interview for another round, and rejects it with failed_interview when a round fails', async () => {
    const second = await applicant('高远', '13933334444');
    await harness.client.changeApplicationStage({ id: second.applicationId, toStage: 'screening', reasonCode: '', comment: '', expectedVersion: 0 }, { principal: recruiter });
    await publish(interviewEvent(InterviewScheduled, { interview: snapshot(second), invitation: invitation() }));
    await waitUntil(async () => (await application(second.applicationId)).stage === 'interview');
    const again = interviewEvent(RoundDecided, { ...second, round: 'first', outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'hr', overridden: false });
    await publish(again);
    expect((await decision(again.id)).fields.outcome).toBe('recorded');
    const passedFirst = await application(second.applicationId);
    expect(passedFirst.stage).toBe('interview');
    // The pass leaves its trace: the application is in the first round, passed, and the second comes next.
    expect(passedFirst.currentRound).toMatchObject({ interviewId: second.interviewId, round: 'first', status: 'passed', nextRound: 'second' });

    const failed = interviewEvent(RoundDecided, { ...second, interviewId: 'iv-2b', round: 'second', outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview', decidedBy: 'all_submitted', overridden: false });
    await publish(failed);
    const change = await harness.probe.waitFor((e) => (e.data as any).applicationId === second.applicationId && (e.data as any).toStage === 'rejected');
    expect(change.data).toMatchObject({ fromStage: 'interview', reasonCode: 'failed_interview' });
    const rejected = await application(second.applicationId);
    expect(rejected.stageHistory.at(-1)).toMatchObject({ fromStage: 'interview', toStage: 'rejected', reasonCode: 'failed_interview' });
    expect(rejected.currentRound).toMatchObject({ interviewId: 'iv-2b', round: 'second', status: 'failed', nextRound: '' });
    expect(rejected.rounds.map((r) => [r.round, r.status])).toEqual([['first', 'passed'], ['second', 'failed']]);

    const late = interviewEvent(InterviewScheduled, { interview: snapshot({ ...second, interviewId: 'iv-2c' }), invitation: invitation() });
    await publish(late);
    const ignored = await decision(late.id);
    expect(ignored).toMatchObject({ level: 'warn', fields: { stage: 'rejected' } });
    expect(JSON.stringify(ignored)).not.toContain('高远');
    expect((await application(second.applicationId)).stage).toBe('rejected');
  });

  it('keeps the round HR skipped to with the reason, marks a cancelled round, and keeps a result that overtook its invitation', async () => {
    const third = await applicant('孟佳', '13755556666');
    const hrRound = { ...third, interviewId: 'iv-3-hr' };
    const skip = { rounds: ['first', 'second', 'final'] as const, reason: '高管推荐，直接 HR 面' };
    await publish(interviewEvent(InterviewScheduled, { interview: snapshot(hrRound, { round: 'hr' }), invitation: invitation(), skippedRounds: { ...skip, rounds: [...skip.rounds] } }));
    const invited = await waitUntil(async () => ((await application(third.applicationId)).currentRound ? application(third.applicationId) : undefined));
    expect(invited).toMatchObject({ stage: 'interview', currentRound: { interviewId: 'iv-3-hr', round: 'hr', status: 'scheduled', skippedRounds: skip.rounds, skipReason: skip.reason } });

    await publish(interviewEvent(InterviewCancelled, { interview: snapshot(hrRound, { round: 'hr', sequence: 1 }), invitation: invitation('CANCEL'), reason: '候选人改约' }));
    await waitUntil(async () => (await application(third.applicationId)).currentRound?.status === 'cancelled');

    // Published in this order, delivered the other way round (the invitation retried): it must not undo the pass.
    const firstRound = { ...third, interviewId: 'iv-3-first' };
    const lateInvitation = interviewEvent(InterviewScheduled, { interview: snapshot(firstRound), invitation: invitation() });
    const result = interviewEvent(RoundDecided, { ...firstRound, round: 'first', outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'hr', overridden: false });
    await publish(result);
    expect((await decision(result.id)).fields.outcome).toBe('recorded');
    await publish(lateInvitation);
    await decision(lateInvitation.id);
    const settled = await application(third.applicationId);
    expect(settled.currentRound).toMatchObject({ interviewId: 'iv-3-first', round: 'first', status: 'passed', nextRound: 'second', skippedRounds: [] });
    expect(settled.rounds.map((r) => [r.interviewId, r.status])).toEqual([['iv-3-hr', 'cancelled'], ['iv-3-first', 'passed']]);
  });

  it("shows the interview facts on the candidate's timeline with summaries, without interviewers' personal data", async () => {
    const video = snapshot(first, { sequence: 1, startsAt: '2026-06-02T01:00:00.000Z', format: { kind: 'video', link: 'https://meet.example/abc' } });
    const facts = [
      interviewEvent(InterviewRescheduled, { interview: video, invitation: invitation(), previousStartsAt: snapshot(first).startsAt }),
      interviewEvent(CandidateResponded, { ...first, response: 'confirmed', createdBy: 'candidate' }, undefined),
      interviewEvent(NoShowRecorded, { ...first, round: 'first', who: 'interviewer', recordedBy: 'u-hr-1' }),
      interviewEvent(EvaluationSubmitted, { ...first, round: 'first', interviewerId: 'u-int-1', verdict: 'pass', amended: false }),
      interviewEvent(InterviewCancelled, { interview: { ...video, sequence: 2 }, invitation: invitation('CANCEL'), reason: '候选人改约' }),
      interviewEvent(InterviewReminderDue, { interview: video, offsetMinutes: 60 }),
      interviewEvent(EvaluationRequested, { interview: video, pendingInterviewerIds: ['u-int-1'] }),
    ];
    for (const fact of facts) await publish(fact);
    const projected = [invited.type, passed.type, ...facts.slice(0, 5).map((f) => f.type)];
    const entries = await waitUntil(async () => {
      const { entries: all } = await harness.client.getTimeline({ candidateId: first.candidateId, page: { page: 1, pageSize: 100 } }, { principal: recruiter });
      const interviews = all.filter((e) => e.type.startsWith('interview.'));
      return projected.every((type) => interviews.some((e) => e.type === type)) ? interviews : undefined;
    });
    expect(entries.map((e) => e.type).sort()).toEqual([...projected].sort());
    for (const entry of entries) {
      expect(entry.applicationId).toBe(first.applicationId);
      expect(JSON.parse(entry.dataJson).summary).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
      for (const detail of [...INTERVIEWER_DETAILS, ...INVITATION_DETAILS]) expect(entry.dataJson).not.toContain(detail);
    }
    const scheduled = entries.find((e) => e.id === invited.id)!;
    expect(JSON.parse(scheduled.dataJson).summary['zh-CN']).toBe('已安排初试（现场面试）：2026-06-01 14:30 (Asia/Shanghai)');
    expect(scheduled.actorId).toBe(hrActor.userId);
  });
});
