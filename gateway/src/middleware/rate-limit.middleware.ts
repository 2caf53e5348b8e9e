import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpProblem } from './problem';

/** Per client IP, per minute; in memory, so each gateway replica counts on its own. */
export function authRateLimit(limitPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: limitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(new HttpProblem(429, 'rate_limited', 'RATE_LIMITED', 'too many authentication attempts, please wait a minute'));
    },
  });
}
