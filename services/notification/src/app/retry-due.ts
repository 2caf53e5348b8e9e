import type { DeliveryStatus } from '../domain/notification';
import { claimUntil, deliverClaimed } from './deliver-notification';
import type { NotificationDeps } from './ports';

export interface RetryDueResult {
  attempted: number;
  byStatus: Record<DeliveryStatus, number>;
}

/**
 * Attempts every pending notification due at `now` (failed attempts waiting out their backoff, and
 * any left behind by a crash once their claim lapses), one claim at a time so that several
 * processes sweeping together never send the same notification twice.
 */
export async function retryDue(deps: NotificationDeps, now: Date = deps.now(), limit = 100): Promise<RetryDueResult> {
  const result: RetryDueResult = { attempted: 0, byStatus: { pending: 0, sent: 0, failed: 0 } };
  while (result.attempted < limit) {
    const claimed = await deps.notifications.claimNextDue(now, claimUntil(deps, now));
    if (!claimed) break;
    result.attempted += 1;
    result.byStatus[await deliverClaimed(deps, claimed, now)] += 1;
  }
  return result;
}
