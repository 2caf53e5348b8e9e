import type { Logger } from '@hr/platform';
import type { NotificationDeps } from '../app/ports';
import { retryDue, RetryDueResult } from '../app/retry-due';

/**
 * Runs retryDue on an interval: deliveries that failed and wait out their backoff, and any a crash
 * left pending, go out without anyone asking. One sweep at a time; a failing sweep (the database
 * away) is logged and the next one tries again, since every pending notification stays pending.
 */
export class DeliveryRetrySweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetryDueResult | undefined> | undefined;
  private stopped = false;

  constructor(
    private readonly deps: NotificationDeps,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** Sweeps once at once (recovery after a restart), then every interval. */
  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    void this.sweep();
  }

  /** One sweep; a call while one runs waits for that one instead of starting another. */
  sweep(): Promise<RetryDueResult | undefined> {
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops the interval and waits for a sweep in progress, so nothing is cut off mid-send. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async runOnce(): Promise<RetryDueResult | undefined> {
    const total: RetryDueResult = { attempted: 0, byStatus: { pending: 0, sent: 0, failed: 0 } };
    try {
      // A full batch may mean more are due: go on until a batch comes back short or stop() is called.
      for (let more = true; more && !this.stopped; ) {
        const batch = await retryDue(this.deps, this.deps.now(), BATCH);
        total.attempted += batch.attempted;
        for (const status of STATUSES) total.byStatus[status] += batch.byStatus[status];
        more = batch.attempted === BATCH;
      }
      if (total.attempted > 0) this.logger.info(total, 'retried due notifications');
      return total;
    } catch (error) {
      this.logger.error({ err: (error as Error).message }, 'retry sweep failed; the next one tries again');
      return undefined;
    }
  }
}

const BATCH = 100;
const STATUSES = ['pending', 'sent', 'failed'] as const;
