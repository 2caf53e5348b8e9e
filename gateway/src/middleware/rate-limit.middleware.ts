import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpProblem } from './problem';

function perMinute(limit: number, message: string, keyGenerator?: (req: unknown, res: { locals: Express.Locals }) => string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(keyGenerator ? { keyGenerator: keyGenerator as never } : {}),
    handler: (_req, _res, next) => {
      next(new HttpProblem(429, 'rate_limited', 'RATE_LIMITED', message));
    },
  });
}

/** Per client IP, per minute; in memory, so each gateway replica counts on its own. */
export function authRateLimit(limitPerMinute: number): RequestHandler {
  return perMinute(limitPerMinute, 'too many authentication attempts, please wait a minute');
}

/** Per API key (runs after the key is authenticated), per minute; in memory, per replica. */
export function apiKeyRateLimit(limitPerMinute: number): RequestHandler {
  return perMinute(limitPerMinute, `this API key is limited to ${limitPerMinute} requests per minute`, (_req, res) => {
    const userId = res.locals.auth?.principal.userId;
    if (!userId) throw new Error('apiKeyRateLimit must run after API key authentication');
    return userId;
  });
}

/** Per client IP, per minute, for the routes that need no account (candidates' response links). */
export function publicRateLimit(limitPerMinute: number): RequestHandler {
  return perMinute(limitPerMinute, 'too many requests from this address, please wait a minute');
}
