import type { Response } from 'express';
import { runWithContext } from '@hr/platform';
import type { CallerContext } from '../auth/auth.types';
import type { UploadedFile } from '../uploads/uploaded-file';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      correlationId?: string;
      auth?: CallerContext;
      /** Files of a multipart request, checked for size and type (see multipart.middleware). */
      uploads?: UploadedFile[];
    }
  }
}

/** Re-enters the request context with the caller, so the gRPC client and logs see both. */
export function runInRequestContext<T>(res: Response, fn: () => T): T {
  const correlationId = res.locals.correlationId ?? 'unknown';
  return runWithContext({ correlationId, principal: res.locals.auth?.principal }, fn);
}
