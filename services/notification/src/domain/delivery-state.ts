import type { Notification } from './notification';
import { decideAfterFailure, DeliveryFailure, RetryPolicy } from './retry-policy';

/** The fields of a notification a delivery outcome changes. */
export type DeliveryOutcome = Pick<Notification, 'status' | 'lastError' | 'nextAttemptAt' | 'sentAt' | 'failedAt' | 'updatedAt'>;

export function sentOutcome(now: Date): DeliveryOutcome {
  return { status: 'sent', sentAt: now, updatedAt: now, lastError: undefined, nextAttemptAt: undefined };
}

/** A failure stays pending with its next attempt scheduled, or ends `failed` keeping the error: never dropped. */
export function failedOutcome(policy: RetryPolicy, attempts: number, failure: DeliveryFailure, now: Date): DeliveryOutcome {
  const decision = decideAfterFailure(policy, attempts, failure, now);
  if (decision.kind === 'retry') return { status: 'pending', lastError: failure.message, nextAttemptAt: decision.at, updatedAt: now };
  return { status: 'failed', lastError: failure.message, failedAt: now, updatedAt: now, nextAttemptAt: undefined };
}
