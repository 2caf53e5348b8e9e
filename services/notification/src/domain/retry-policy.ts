export interface RetryPolicy {
  maxAttempts: number;
  /** Delay after the first failed attempt; each further failure multiplies it by `factor`. */
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, factor: 4, maxDelayMs: 6 * 3600_000 };

export interface DeliveryFailure {
  message: string;
  /** The server said the message will never be accepted (SMTP 5xx, no address): retrying cannot help. */
  permanent: boolean;
}

export type FailureDecision = { kind: 'retry'; at: Date } | { kind: 'give-up' };

/** Delay before the attempt that follows the `attempts`-th failure (1-based). */
export function backoffDelayMs(policy: RetryPolicy, attempts: number): number {
  const delay = policy.baseDelayMs * policy.factor ** Math.max(0, attempts - 1);
  return Math.min(delay, policy.maxDelayMs);
}

/** After a failed attempt: try again later, or stop and report it as failed. */
export function decideAfterFailure(policy: RetryPolicy, attempts: number, failure: DeliveryFailure, now: Date): FailureDecision {
  if (failure.permanent || attempts >= policy.maxAttempts) return { kind: 'give-up' };
  return { kind: 'retry', at: new Date(now.getTime() + backoffDelayMs(policy, attempts)) };
}

/** Thrown by a channel adapter: the failure, already classified for the retry policy. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(readonly failure: DeliveryFailure) {
    super(failure.message);
  }
}
