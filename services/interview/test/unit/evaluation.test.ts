import { amendEvaluation, allInterviewersSubmitted, submitEvaluation } from '../../src/domain/evaluation';
import { DEFAULT_CRITERIA } from '../../src/domain/evaluation-criteria';
import { cancelInterview } from '../../src/domain/interview-lifecycle';
import { closeRound, settleWhenAllSubmitted } from '../../src/domain/round-result';
import {
  AFTER_START, NOW, admin, alice, bob, carol, errorOf, evaluationInput, hrManager, recruiter, salesManager, scheduled,
} from './interview-fixtures';

const LATER = new Date('2026-12-01T05:00:00Z');

describe('default criteria', () => {
  it('are the five criteria with zh-CN and en labels', () => {
    expect(DEFAULT_CRITERIA.map((c) => c.key)).toEqual(['professional_skills', 'communication', 'learning_ability', 'culture_fit', 'stability']);
    for (const c of DEFAULT_CRITERIA) expect(c.labels['zh-CN'] && c.labels.en).toBeTruthy();
  });
});

describe('who may evaluate', () => {
  it('lets an assigned interviewer submit one evaluation', () => {
    const interview = submitEvaluation(scheduled(), evaluationInput({ strengths: ' 沟通清晰 ' }), alice, AFTER_START);
    expect(interview.evaluations).toEqual([
      expect.objectContaining({ interviewerId: 'u-alice', verdict: 'pass', strengths: '沟通清晰', submittedAt: AFTER_START, amendments: [] }),
    ]);
  });

  it.each([
    ['an interviewer of the same candidate in another round', carol],
    ['HR', recruiter],
    ['an HR manager', hrManager],
    ['the department manager', salesManager],
    ['an admin', admin],
  ])('refuses %s with NOT_ASSIGNED_INTERVIEWER', (_, principal) => {
    expect(errorOf(() => submitEvaluation(scheduled(), evaluationInput(), principal, AFTER_START))).toMatchObject({
      kind: 'permission_denied', reason: 'NOT_ASSIGNED_INTERVIEWER',
    });
  });

  it('refuses a second evaluation by the same interviewer', () => {
    const once = submitEvaluation(scheduled(), evaluationInput(), alice, AFTER_START);
    expect(errorOf(() => submitEvaluation(once, evaluationInput(), alice, LATER))).toMatchObject({ kind: 'already_exists', reason: 'EVALUATION_EXISTS' });
  });

  it('refuses before the interview starts and on a cancelled interview', () => {
    expect(errorOf(() => submitEvaluation(scheduled(), evaluationInput(), alice, NOW)).reason).toBe('INTERVIEW_NOT_STARTED');
    const cancelled = cancelInterview(scheduled(), '取消', recruiter, NOW);
    expect(errorOf(() => submitEvaluation(cancelled, evaluationInput(), alice, AFTER_START)).reason).toBe('INTERVIEW_CANCELLED');
  });
});

describe('evaluation content', () => {
  it.each([
    [{ ratings: { ...evaluationInput().ratings, stability: 6 } }, 'ratings.stability', 'range'],
    [{ ratings: { ...evaluationInput().ratings, stability: 0 } }, 'ratings.stability', 'range'],
    [{ ratings: { ...evaluationInput().ratings, stability: 3.5 } }, 'ratings.stability', 'range'],
    [{ ratings: { professional_skills: 4 } }, 'ratings.communication', 'required'],
    [{ ratings: { ...evaluationInput().ratings, charm: 5 } }, 'ratings.charm', 'unknown'],
    [{ verdict: 'maybe' as never }, 'verdict', 'enum'],
    [{ verdict: 'fail' as const }, 'failReason', 'required'],
    [{ verdict: 'fail' as const, failReason: '  ' }, 'failReason', 'required'],
    [{ concerns: 'x'.repeat(4001) }, 'concerns', 'max_length'],
  ])('names the invalid field %#', (overrides, field, rule) => {
    const error = errorOf(() => submitEvaluation(scheduled(), evaluationInput(overrides), alice, AFTER_START));
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('keeps the reason of a fail and drops a stray reason on a pass', () => {
    const failed = submitEvaluation(scheduled(), evaluationInput({ verdict: 'fail', failReason: '专业能力不足' }), alice, AFTER_START);
    expect(failed.evaluations[0]).toMatchObject({ verdict: 'fail', failReason: '专业能力不足' });
    const passed = submitEvaluation(scheduled(), evaluationInput({ failReason: 'n/a' }), alice, AFTER_START);
    expect(passed.evaluations[0].failReason).toBeUndefined();
  });

  it('rates against configured criteria', () => {
    const criteria = [{ key: 'sales_skills', labels: { 'zh-CN': '销售技巧', en: 'Sales skills' } }];
    const interview = submitEvaluation(scheduled(), evaluationInput({ ratings: { sales_skills: 5 } }), alice, AFTER_START, criteria);
    expect(interview.evaluations[0].ratings).toEqual({ sales_skills: 5 });
  });
});

describe('amendments', () => {
  const submitted = () => submitEvaluation(scheduled(), evaluationInput(), alice, AFTER_START);

  it('replaces the evaluation and keeps every prior version', () => {
    const first = amendEvaluation(submitted(), evaluationInput({ verdict: 'fail', failReason: '稳定性差' }), alice, LATER);
    const second = amendEvaluation(first, evaluationInput({ concerns: '无' }), alice, new Date('2026-12-01T06:00:00Z'));
    const evaluation = second.evaluations[0];
    expect(evaluation).toMatchObject({ verdict: 'pass', concerns: '无' });
    expect(evaluation.amendments).toEqual([
      expect.objectContaining({ verdict: 'pass', concerns: '经验略少', submittedAt: AFTER_START }),
      expect.objectContaining({ verdict: 'fail', failReason: '稳定性差', submittedAt: LATER }),
    ]);
    expect(evaluation.amendments[0]).not.toHaveProperty('interviewerId');
  });

  it('touches only the amending interviewer', () => {
    const both = submitEvaluation(submitted(), evaluationInput({ strengths: 'bob' }), bob, AFTER_START);
    const amended = amendEvaluation(both, evaluationInput({ strengths: 'alice 2' }), alice, LATER);
    expect(amended.evaluations.map((e) => [e.interviewerId, e.strengths, e.amendments.length])).toEqual([
      ['u-alice', 'alice 2', 1],
      ['u-bob', 'bob', 0],
    ]);
  });

  it('needs an existing evaluation, its author, and an open round', () => {
    expect(errorOf(() => amendEvaluation(scheduled(), evaluationInput(), alice, LATER)).reason).toBe('NO_EVALUATION');
    expect(errorOf(() => amendEvaluation(submitted(), evaluationInput(), carol, LATER)).reason).toBe('NOT_ASSIGNED_INTERVIEWER');
    const bothIn = submitEvaluation(submitted(), evaluationInput(), bob, AFTER_START);
    const settled = settleWhenAllSubmitted(bothIn, LATER).interview;
    expect(amendEvaluation(settled, evaluationInput({ concerns: '补充' }), bob, LATER).evaluations[1].concerns).toBe('补充');
    const closed = closeRound(settled, recruiter, LATER);
    expect(errorOf(() => amendEvaluation(closed, evaluationInput(), alice, LATER))).toMatchObject({
      kind: 'failed_precondition', reason: 'ROUND_CLOSED',
    });
  });
});

describe('allInterviewersSubmitted', () => {
  it('is true only once every assigned interviewer has submitted', () => {
    const one = submitEvaluation(scheduled(), evaluationInput(), alice, AFTER_START);
    expect(allInterviewersSubmitted(one)).toBe(false);
    expect(allInterviewersSubmitted(submitEvaluation(one, evaluationInput(), bob, AFTER_START))).toBe(true);
  });
});
