import type { Response } from 'express';
import { runWithContext } from '@hr/platform';
import type { AuthContext } from '../auth/auth.types';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      correlationId?: string;
      auth?: AuthContext;
    }
  }
}

/** Re-enters the request context with the caller, so the gRPC client and logs see both. */
export function runInRequestContext<T>(res: Response, fn: () => T): T {
  const correlationId = res.locals.correlationId ?? 'unknown';
  return runWithContext({ correlationId, principal: res.locals.auth?.principal }, fn);
}
