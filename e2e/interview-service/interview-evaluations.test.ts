import { interviewV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { rejectionOf } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { requestEvaluations } from '../../services/interview/src/app/send-notices';
import {
  System, eventAbout, hrManager, interviewer, invite, newApplication, recruiter, salesManager, startSystem, techManager,
} from './interview-harness';

const RATINGS = { professional_skills: 4, communication: 5, learning_ability: 4, culture_fit: 4, stability: 3 };

function evaluation(verdict: 'pass' | 'fail', failReason = ''): interviewV1.EvaluationInput {
  const ratings = Object.entries(RATINGS).map(([criterion, score]) => ({ criterion, score }));
  return { ratings, strengths: '沟通清晰，有客户资源', concerns: '稳定性待观察', verdict, failReason };
}

describe('interview evaluations and round results (real requisition + resume services, FerretDB, RabbitMQ)', () => {
  let system: System;

  beforeAll(async () => {
    // Three rounds here, so that a pass in the final round leads to the offer.
    system = await startSystem({ INTERVIEW_ROUND_ORDER: 'first,second,final' });
  });

  afterEach(() => {
    system.clock.offsetMs = 0;
  });

  afterAll(async () => {
    await system?.stop();
  });

  /**
   * An interview 10 minutes ahead with these interviewers; then the clock moves to 30 minutes after its start.
   * A fresh application starts at the first round: a later one is scheduled by HR skipping the others.
   */
  async function heldInterview(panel: Principal[], round = 'first', name = '王芳') {
    const { applicationId } = await newApplication(system, name);
    const skipRounds = round === 'first' ? undefined : { reason: '测试：直接进入本轮' };
    const { interviews } = await invite(system, [applicationId], panel, system.clock.inMinutes(10), { round, skipRounds });
    system.clock.offsetMs += 40 * 60_000;
    return interviews[0];
  }

  const submit = (id: string, principal: Principal, input = evaluation('pass')) =>
    system.interviews.submitEvaluation({ interviewId: id, evaluation: input }, { principal });
  const visibleTo = async (id: string, principal: Principal) =>
    (await system.interviews.listEvaluations({ interviewId: id }, { principal })).evaluations.map((e) => e.interviewerName);

  it('lets only the assigned interviewers evaluate, keeps each blind to the other until they submit, then decides the round', async () => {
    const [alice, bob, carol] = [interviewer('Alice'), interviewer('Bob'), interviewer('Carol')];
    const interview = await heldInterview([alice, bob]);

    const denied = await rejectionOf<DomainError>(submit(interview.id, carol));
    expect(denied).toMatchObject({ kind: 'permission_denied', reason: 'NOT_ASSIGNED_INTERVIEWER' });
    expect(await rejectionOf<DomainError>(system.interviews.getInterview({ id: interview.id }, { principal: carol }))).toMatchObject({ kind: 'not_found' });

    const mine = await system.interviews.listMyInterviews({ statuses: [], awaitingMyEvaluation: true }, { principal: alice });
    expect(mine.interviews.map((i) => i.id)).toEqual([interview.id]);
    const { evaluation: aliceEvaluation } = await submit(interview.id, alice);
    expect(aliceEvaluation).toMatchObject({
      interviewerName: 'Alice', current: { verdict: 'pass', ratings: expect.arrayContaining([{ criterion: 'stability', score: 3 }]) },
    });
    expect((await system.interviews.listMyInterviews({ statuses: [], awaitingMyEvaluation: true }, { principal: alice })).interviews).toEqual([]);

    expect(await visibleTo(interview.id, bob)).toEqual([]);
    expect(await visibleTo(interview.id, alice)).toEqual(['Alice']);
    expect(await visibleTo(interview.id, salesManager)).toEqual(['Alice']);
    const otherManager = system.interviews.listEvaluations({ interviewId: interview.id }, { principal: techManager });
    expect(await rejectionOf<DomainError>(otherManager)).toMatchObject({ kind: 'not_found' });

    const { interview: settled } = await submit(interview.id, bob);
    expect(settled).toMatchObject({ status: 'completed', result: { outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'all_submitted' } });
    expect(await visibleTo(interview.id, bob)).toEqual(['Alice', 'Bob']);
    expect(await visibleTo(interview.id, recruiter)).toEqual(['Alice', 'Bob']);

    const decided = await eventAbout(system, 'interview.round.decided.v1', interview.id);
    expect(decided.data).toMatchObject({ round: 'first', outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'all_submitted', overridden: false });
    const submitted = system.probe.ofType('interview.evaluation.submitted.v1').filter((e: any) => e.data.interviewId === interview.id);
    expect(submitted.map((e: any) => [e.data.interviewerId, e.data.verdict, e.data.amended])).toEqual([[alice.userId, 'pass', false], [bob.userId, 'pass', false]]);
  });

  it('leads to the offer when the final round passes', async () => {
    const [dana, eric] = [interviewer('dana'), interviewer('eric')];
    const interview = await heldInterview([dana, eric], 'final', '林青');
    await submit(interview.id, dana);
    await submit(interview.id, eric);
    const decided = await eventAbout(system, 'interview.round.decided.v1', interview.id);
    expect(decided.data).toMatchObject({ round: 'final', outcome: 'pass', next: 'offer' });
  });

  it('rejects with failed_interview when an interviewer fails the candidate, and keeps amendments until HR closes the round', async () => {
    const [fay, gus] = [interviewer('fay'), interviewer('gus')];
    const interview = await heldInterview([fay, gus], 'second', '吴磊');
    await submit(interview.id, fay, evaluation('fail', '专业能力不足'));
    await submit(interview.id, gus);
    const decided = await eventAbout(system, 'interview.round.decided.v1', interview.id);
    expect(decided.data).toMatchObject({ round: 'second', outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview' });

    const { evaluation: amended } = await system.interviews.amendEvaluation(
      { interviewId: interview.id, evaluation: evaluation('fail', '专业能力不足，缺少大客户经验') },
      { principal: fay },
    );
    expect(amended!.current!.failReason).toBe('专业能力不足，缺少大客户经验');
    expect(amended!.amendments.map((a) => a.failReason)).toEqual(['专业能力不足']);
    await system.interviews.closeRound({ interviewId: interview.id }, { principal: recruiter });
    const closed = await rejectionOf<DomainError>(
      system.interviews.amendEvaluation({ interviewId: interview.id, evaluation: evaluation('pass') }, { principal: fay }),
    );
    expect(closed).toMatchObject({ kind: 'failed_precondition', reason: 'ROUND_CLOSED' });
  });

  it('lets HR decide before everyone submitted', async () => {
    const [hal, ida] = [interviewer('hal'), interviewer('ida')];
    const interview = await heldInterview([hal, ida], 'first', '郑爽');
    await submit(interview.id, hal);
    const { interview: decided } = await system.interviews.decideRound({ interviewId: interview.id, outcome: 'pass', overrideFailures: false }, { principal: hrManager });
    expect(decided).toMatchObject({ status: 'completed', roundClosed: true, result: { decidedBy: 'hr', decidedByUserId: hrManager.userId } });
    expect((await eventAbout(system, 'interview.round.decided.v1', interview.id)).data).toMatchObject({ decidedBy: 'hr', next: 'next_round' });
  });

  it('records a no-show and asks the interviewers who have not evaluated', async () => {
    const [jay, kim] = [interviewer('jay'), interviewer('kim')];
    const interview = await heldInterview([jay, kim], 'first', '冯源');
    await submit(interview.id, jay);
    expect(await requestEvaluations(system.service.deps, { interviewId: interview.id, sequence: 0 })).toBe(true);
    const requested = await eventAbout(system, 'interview.interview.evaluation-requested.v1', interview.id);
    expect(requested.data).toMatchObject({ pendingInterviewerIds: [kim.userId] });

    const denied = await rejectionOf<DomainError>(
      system.interviews.recordNoShow({ interviewId: interview.id, who: 'candidate' }, { principal: interviewer('stranger') }),
    );
    expect(denied.kind).toBe('permission_denied');
    const { interview: marked } = await system.interviews.recordNoShow({ interviewId: interview.id, who: 'interviewer' }, { principal: kim });
    expect(marked!.noShow).toMatchObject({ who: 'interviewer', recordedBy: kim.userId });
    const noShow = await eventAbout(system, 'interview.interview.no-show-recorded.v1', interview.id);
    expect(noShow.data).toMatchObject({ round: 'first', who: 'interviewer', recordedBy: kim.userId });
  });
});
