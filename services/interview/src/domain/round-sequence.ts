import { DomainError, FieldViolation, Principal } from '@hr/workflow';
import type { Round } from './interview';
import { isHr } from './interview-access';

/** HR's explicit word to schedule a round although an earlier one of the order has not been passed. */
export interface SkipRoundsRequest {
  reason: string;
}

/** What an interview keeps of that word: the rounds passed over, why, by whom and when. */
export interface RoundSkip {
  rounds: Round[];
  reason: string;
  by: string;
  at: Date;
}

export const MAX_SKIP_REASON_LENGTH = 500;

/**
 * The rounds of the order between the furthest one the application has passed and `round`: those it
 * would pass over. None for the next round, for the first, and for a round again (going back skips nothing).
 */
export function roundsSkipped(round: Round, passed: readonly Round[], order: readonly Round[]): Round[] {
  const target = order.indexOf(round);
  if (target < 0) throw DomainError.conflict('ROUND_NOT_IN_ORDER', `the ${round} round is not in the configured order`);
  const reached = Math.max(-1, ...passed.map((r) => order.indexOf(r)));
  return order.slice(reached + 1, target);
}

function skipReason(skip: SkipRoundsRequest | undefined, principal: Principal): string | undefined {
  if (!skip) return undefined;
  if (!isHr(principal)) throw DomainError.forbidden('NOT_HR', 'only HR may skip interview rounds');
  const reason = (skip.reason ?? '').trim();
  if (!reason) throw DomainError.invalid('skipRounds.reason', 'required');
  if (reason.length > MAX_SKIP_REASON_LENGTH) {
    throw DomainError.invalid('skipRounds.reason', 'max_length', { max: MAX_SKIP_REASON_LENGTH });
  }
  return reason;
}

export interface RoundSequenceInput {
  round: Round;
  /** The rounds each application has passed, by application id. */
  passed: ReadonlyMap<string, readonly Round[]>;
  applicationIds: string[];
  skip?: SkipRoundsRequest;
}

/**
 * Each application goes through the rounds in order: one that has not passed the rounds before `round`
 * is refused (every such application named) unless HR gives a reason, which each interview that skips
 * then records. An application that skips nothing records nothing, reason or not.
 */
export function planRoundSkips(input: RoundSequenceInput, order: readonly Round[], principal: Principal, now: Date): Map<string, RoundSkip> {
  const reason = skipReason(input.skip, principal);
  const skips = new Map<string, RoundSkip>();
  const violations: FieldViolation[] = [];
  for (const applicationId of input.applicationIds) {
    const rounds = roundsSkipped(input.round, input.passed.get(applicationId) ?? [], order);
    if (rounds.length === 0) continue;
    if (reason) skips.set(applicationId, { rounds, reason, by: principal.userId, at: now });
    else {
      const message = `application ${applicationId} has not passed the ${rounds.join(', ')} round${rounds.length > 1 ? 's' : ''} before the ${input.round} round; give skipRounds.reason to schedule it anyway`;
      violations.push({ field: 'round', rule: 'in_order', message });
    }
  }
  if (violations.length > 0) {
    throw new DomainError('failed_precondition', 'EARLIER_ROUND_NOT_PASSED', violations.map((v) => v.message ?? v.rule).join('; '), violations);
  }
  return skips;
}
