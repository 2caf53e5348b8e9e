import { failedOutcome, sentOutcome } from '../../src/domain/delivery-state';
import { backoffDelayMs, decideAfterFailure, RetryPolicy } from '../../src/domain/retry-policy';
import { toDeliveryFailure } from '../../src/infra/delivery-failure';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, factor: 3, maxDelayMs: 5000 };
const now = new Date('2026-01-01T00:00:00Z');
const transient = { message: '451 try later', permanent: false };

describe('retry policy', () => {
  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(policy, attempts))).toEqual([1000, 3000, 5000, 5000]);
  });

  it('retries a transient failure until the last attempt, then gives up', () => {
    expect(decideAfterFailure(policy, 1, transient, now)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 1000) });
    expect(decideAfterFailure(policy, 3, transient, now)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 5000) });
    expect(decideAfterFailure(policy, 4, transient, now)).toEqual({ kind: 'give-up' });
  });

  it('gives up at once on a permanent failure', () => {
    expect(decideAfterFailure(policy, 1, { message: '550 no such user', permanent: true }, now)).toEqual({ kind: 'give-up' });
  });

  it('keeps the error both while retrying and when it ends failed', () => {
    expect(failedOutcome(policy, 1, transient, now)).toEqual({
      status: 'pending',
      lastError: '451 try later',
      nextAttemptAt: new Date(now.getTime() + 1000),
      updatedAt: now,
    });
    expect(failedOutcome(policy, 4, transient, now)).toEqual({
      status: 'failed',
      lastError: '451 try later',
      failedAt: now,
      updatedAt: now,
      nextAttemptAt: undefined,
    });
    expect(sentOutcome(now)).toMatchObject({ status: 'sent', sentAt: now, lastError: undefined, nextAttemptAt: undefined });
  });
});

describe('SMTP error classification', () => {
  it('treats 5xx replies and refused envelopes as permanent, the rest as transient', () => {
    expect(toDeliveryFailure({ responseCode: 550, response: '550 5.1.1 mailbox unavailable', code: 'EENVELOPE' })).toEqual({
      message: '550 5.1.1 mailbox unavailable',
      permanent: true,
    });
    expect(toDeliveryFailure({ code: 'EENVELOPE', message: 'No recipients defined' }).permanent).toBe(true);
    expect(toDeliveryFailure({ responseCode: 451, response: '451 try later', code: 'EMESSAGE' }).permanent).toBe(false);
    expect(toDeliveryFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toEqual({
      message: 'connect ECONNREFUSED',
      permanent: false,
    });
  });
});
