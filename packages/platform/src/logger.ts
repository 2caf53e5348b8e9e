import pino from 'pino';
import { currentContext } from './context';

export type Logger = pino.Logger;

/**
 * Keys whose values are secrets or personal data: never written to a log. pino redacts fixed paths
 * only (two levels here), so code logs ids, never whole user or candidate objects.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'newPassword',
  'token',
  '*.token',
  'accessToken',
  'refreshToken',
  '*.accessToken',
  '*.refreshToken',
  'authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'secret',
  '*.secret',
  '*.*.password',
  '*.*.email',
  '*.*.phone',
  '*.newPassword',
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const context = currentContext();
      return context ? { correlationId: context.correlationId } : {};
    },
  });
}
