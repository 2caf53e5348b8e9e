import { DomainError, Principal } from '@hr/workflow';
import { ROUNDS, Round } from './interview';
import type { Interview } from './interview';
import { isHr } from './interview-access';
import { allInterviewersSubmitted } from './evaluation';
import { interviewStatus } from './interview-status';

export type RoundOutcome = 'pass' | 'fail';
export type NextStep = 'next_round' | 'offer' | 'rejected';
export type DecidedBy = 'all_submitted' | 'hr';

export const DEFAULT_ROUND_ORDER: readonly Round[] = ['first', 'second', 'final', 'hr'];
export const FAILED_INTERVIEW = 'failed_interview';

export interface RoundDecision {
  outcome: RoundOutcome;
  next: NextStep;
  decidedBy: DecidedBy;
  /** The round that follows, when `next` is next_round. */
  nextRound?: Round;
  reasonCode?: typeof FAILED_INTERVIEW;
}

export interface RoundResult extends RoundDecision {
  decidedAt: Date;
  decidedByUserId?: string;
  /** HR passed the candidate although an interviewer said fail. */
  overridden: boolean;
}

export function validateRoundOrder(order: readonly Round[]): Round[] {
  const list = [...order];
  if (list.length === 0) throw DomainError.invalid('roundOrder', 'required');
  if (new Set(list).size !== list.length) throw DomainError.invalid('roundOrder', 'unique');
  const unknown = list.find((round) => !ROUNDS.includes(round));
  if (unknown) throw DomainError.invalid('roundOrder', 'enum', { values: ROUNDS });
  return list;
}

export function nextStep(round: Round, outcome: RoundOutcome, order: readonly Round[] = DEFAULT_ROUND_ORDER): Omit<RoundDecision, 'decidedBy'> {
  if (outcome === 'fail') return { outcome, next: 'rejected', reasonCode: FAILED_INTERVIEW };
  const index = order.indexOf(round);
  if (index < 0) throw DomainError.conflict('ROUND_NOT_IN_ORDER', `the ${round} round is not in the configured order`);
  const nextRound = order[index + 1];
  return nextRound ? { outcome, next: 'next_round', nextRound } : { outcome, next: 'offer' };
}

function anyFail(interview: Interview): boolean {
  return interview.evaluations.some((e) => e.verdict === 'fail');
}

function complete(interview: Interview, result: RoundResult, now: Date): Interview {
  if (interview.status !== 'completed') interviewStatus.assert(interview.status, 'completed');
  return { ...interview, status: 'completed', result, updatedAt: now };
}

/** Called after each evaluation: the last one of the assigned interviewers settles the round. */
export function settleWhenAllSubmitted(
  interview: Interview,
  now: Date,
  order: readonly Round[] = DEFAULT_ROUND_ORDER,
): { interview: Interview; result?: RoundResult } {
  if (interview.result || interview.status !== 'scheduled' || !allInterviewersSubmitted(interview)) return { interview };
  const outcome: RoundOutcome = anyFail(interview) ? 'fail' : 'pass';
  const result: RoundResult = { ...nextStep(interview.round, outcome, order), decidedBy: 'all_submitted', decidedAt: now, overridden: false };
  return { interview: complete(interview, result, now), result };
}

export interface HrDecisionInput {
  outcome: RoundOutcome;
  /** Needed to pass a candidate whom an interviewer failed. */
  overrideFailures?: boolean;
}

/** HR decides (before everyone submitted, or over an automatic result) and so closes the round. */
export function decideRoundByHr(
  interview: Interview,
  input: HrDecisionInput,
  principal: Principal,
  now: Date,
  order: readonly Round[] = DEFAULT_ROUND_ORDER,
): { interview: Interview; result: RoundResult } {
  if (!isHr(principal)) throw DomainError.forbidden('NOT_HR', 'only HR may decide a round');
  if (input.outcome !== 'pass' && input.outcome !== 'fail') throw DomainError.invalid('outcome', 'enum', { values: ['pass', 'fail'] });
  if (interview.status === 'cancelled') throw DomainError.conflict('INTERVIEW_CANCELLED', 'the interview was cancelled');
  if (interview.roundClosed) throw DomainError.conflict('ROUND_CLOSED', 'the round is already closed');
  const overridden = input.outcome === 'pass' && anyFail(interview);
  if (overridden && !input.overrideFailures) {
    throw DomainError.conflict('FAIL_VERDICT_NOT_OVERRIDDEN', 'an interviewer failed the candidate; confirm the override to pass');
  }
  const result: RoundResult = {
    ...nextStep(interview.round, input.outcome, order),
    decidedBy: 'hr',
    decidedAt: now,
    decidedByUserId: principal.userId,
    overridden,
  };
  const completed = complete(interview, result, now);
  return { interview: { ...completed, roundClosed: { by: principal.userId, at: now } }, result };
}

/** HR accepts the automatic result as it stands; evaluations are frozen from then on. */
export function closeRound(interview: Interview, principal: Principal, now: Date): Interview {
  if (!isHr(principal)) throw DomainError.forbidden('NOT_HR', 'only HR may close a round');
  if (interview.roundClosed) throw DomainError.conflict('ROUND_CLOSED', 'the round is already closed');
  if (!interview.result) throw DomainError.conflict('ROUND_UNDECIDED', 'the round has no result yet; decide it instead');
  return { ...interview, roundClosed: { by: principal.userId, at: now }, updatedAt: now };
}
