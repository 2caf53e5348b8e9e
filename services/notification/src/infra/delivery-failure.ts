import type { DeliveryFailure } from '../domain/retry-policy';

interface NodemailerError {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * A send error as the retry policy sees it. SMTP 5xx replies and refused envelopes are permanent;
 * 4xx replies, timeouts and connection errors are worth another try.
 */
export function toDeliveryFailure(error: unknown): DeliveryFailure {
  const e = (error ?? {}) as NodemailerError;
  const message = (e.response || e.message || String(error)).slice(0, 1000);
  const permanent = (e.responseCode !== undefined && e.responseCode >= 500) || (e.code === 'EENVELOPE' && e.responseCode === undefined);
  return { message, permanent };
}
