import { submitEvaluation } from '../../src/domain/evaluation';
import { cancelInterview } from '../../src/domain/interview-lifecycle';
import {
  closeRound, decideRoundByHr, nextStep, settleWhenAllSubmitted, validateRoundOrder,
} from '../../src/domain/round-result';
import type { Round } from '../../src/domain/interview';
import { AFTER_START, NOW, alice, bob, errorOf, evaluationInput, recruiter, salesManager, scheduled } from './interview-fixtures';

const DECIDED = new Date('2026-12-01T06:00:00Z');
const pass = evaluationInput();
const fail = evaluationInput({ verdict: 'fail', failReason: '专业能力不足' });

function evaluated(round: Round, verdicts: { alice?: typeof pass; bob?: typeof pass }) {
  let interview = scheduled({ round });
  if (verdicts.alice) interview = submitEvaluation(interview, verdicts.alice, alice, AFTER_START);
  if (verdicts.bob) interview = submitEvaluation(interview, verdicts.bob, bob, AFTER_START);
  return interview;
}

describe('nextStep', () => {
  it.each([
    ['first', 'next_round', 'second'],
    ['second', 'next_round', 'final'],
    ['final', 'next_round', 'hr'],
    ['hr', 'offer', undefined],
  ] as const)('a pass in the %s round leads to %s', (round, next, nextRound) => {
    expect(nextStep(round, 'pass')).toEqual({ outcome: 'pass', next, ...(nextRound ? { nextRound } : {}) });
  });

  it('rejects with failed_interview on a fail', () => {
    expect(nextStep('second', 'fail')).toEqual({ outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview' });
  });

  it('follows a configured order', () => {
    const order = validateRoundOrder(['first', 'final']);
    expect(nextStep('first', 'pass', order)).toEqual({ outcome: 'pass', next: 'next_round', nextRound: 'final' });
    expect(nextStep('final', 'pass', order).next).toBe('offer');
    expect(errorOf(() => nextStep('second', 'pass', order)).reason).toBe('ROUND_NOT_IN_ORDER');
  });

  it('refuses a broken order', () => {
    expect(errorOf(() => validateRoundOrder([])).violations[0]).toMatchObject({ field: 'roundOrder', rule: 'required' });
    expect(errorOf(() => validateRoundOrder(['first', 'first'])).violations[0].rule).toBe('unique');
    expect(errorOf(() => validateRoundOrder(['first', 'panel' as Round])).violations[0].rule).toBe('enum');
  });
});

describe('settling when every interviewer has submitted', () => {
  it('waits for the last assigned interviewer', () => {
    const { interview, result } = settleWhenAllSubmitted(evaluated('first', { alice: pass }), DECIDED);
    expect(result).toBeUndefined();
    expect(interview.status).toBe('scheduled');
  });

  it('passes when all pass, completing the interview', () => {
    const { interview, result } = settleWhenAllSubmitted(evaluated('first', { alice: pass, bob: pass }), DECIDED);
    expect(result).toEqual({
      outcome: 'pass', next: 'next_round', nextRound: 'second', decidedBy: 'all_submitted', decidedAt: DECIDED, overridden: false,
    });
    expect(interview).toMatchObject({ status: 'completed', result });
    expect(interview.roundClosed).toBeUndefined();
  });

  it('fails when any interviewer fails', () => {
    const { result } = settleWhenAllSubmitted(evaluated('hr', { alice: pass, bob: fail }), DECIDED);
    expect(result).toMatchObject({ outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview', decidedBy: 'all_submitted' });
  });

  it('leads to the offer after the last round', () => {
    expect(settleWhenAllSubmitted(evaluated('hr', { alice: pass, bob: pass }), DECIDED).result?.next).toBe('offer');
  });

  it('settles only once', () => {
    const settled = settleWhenAllSubmitted(evaluated('first', { alice: pass, bob: pass }), DECIDED).interview;
    expect(settleWhenAllSubmitted(settled, DECIDED).result).toBeUndefined();
  });
});

describe('HR deciding', () => {
  it('decides before everyone has submitted and closes the round', () => {
    const { interview, result } = decideRoundByHr(evaluated('final', { alice: pass }), { outcome: 'pass' }, recruiter, DECIDED);
    expect(result).toMatchObject({ outcome: 'pass', next: 'next_round', nextRound: 'hr', decidedBy: 'hr', decidedByUserId: 'u-hr', overridden: false });
    expect(interview).toMatchObject({ status: 'completed', roundClosed: { by: 'u-hr', at: DECIDED } });
  });

  it('needs an explicit override to pass over a fail verdict', () => {
    const failedByBob = evaluated('first', { alice: pass, bob: fail });
    expect(errorOf(() => decideRoundByHr(failedByBob, { outcome: 'pass' }, recruiter, DECIDED))).toMatchObject({
      kind: 'failed_precondition', reason: 'FAIL_VERDICT_NOT_OVERRIDDEN',
    });
    const { result } = decideRoundByHr(failedByBob, { outcome: 'pass', overrideFailures: true }, recruiter, DECIDED);
    expect(result).toMatchObject({ outcome: 'pass', next: 'next_round', overridden: true });
  });

  it('may override an automatic result', () => {
    const auto = settleWhenAllSubmitted(evaluated('first', { alice: pass, bob: fail }), DECIDED).interview;
    const { interview, result } = decideRoundByHr(auto, { outcome: 'pass', overrideFailures: true }, recruiter, DECIDED);
    expect(result.decidedBy).toBe('hr');
    expect(interview.result).toBe(result);
  });

  it('may fail a candidate whom everyone passed', () => {
    const { result } = decideRoundByHr(evaluated('first', { alice: pass, bob: pass }), { outcome: 'fail' }, recruiter, DECIDED);
    expect(result).toMatchObject({ outcome: 'fail', next: 'rejected', reasonCode: 'failed_interview', overridden: false });
  });

  it('is refused for non-HR, closed rounds, cancelled interviews and unknown outcomes', () => {
    const interview = evaluated('first', { alice: pass });
    expect(errorOf(() => decideRoundByHr(interview, { outcome: 'pass' }, salesManager, DECIDED)).kind).toBe('permission_denied');
    const closed = decideRoundByHr(interview, { outcome: 'pass' }, recruiter, DECIDED).interview;
    expect(errorOf(() => decideRoundByHr(closed, { outcome: 'fail' }, recruiter, DECIDED)).reason).toBe('ROUND_CLOSED');
    const cancelled = cancelInterview(scheduled(), 'x', recruiter, NOW);
    expect(errorOf(() => decideRoundByHr(cancelled, { outcome: 'pass' }, recruiter, DECIDED)).reason).toBe('INTERVIEW_CANCELLED');
    expect(errorOf(() => decideRoundByHr(interview, { outcome: 'maybe' as never }, recruiter, DECIDED)).kind).toBe('invalid_argument');
  });
});

describe('closing the round', () => {
  it('freezes an automatic result, once, for HR only', () => {
    const settled = settleWhenAllSubmitted(evaluated('first', { alice: pass, bob: pass }), DECIDED).interview;
    expect(errorOf(() => closeRound(settled, alice, DECIDED)).kind).toBe('permission_denied');
    const closed = closeRound(settled, recruiter, DECIDED);
    expect(closed.roundClosed).toEqual({ by: 'u-hr', at: DECIDED });
    expect(errorOf(() => closeRound(closed, recruiter, DECIDED)).reason).toBe('ROUND_CLOSED');
    expect(errorOf(() => closeRound(scheduled(), recruiter, DECIDED)).reason).toBe('ROUND_UNDECIDED');
  });
});
