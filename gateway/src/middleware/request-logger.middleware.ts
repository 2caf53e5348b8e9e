import type { RequestHandler } from 'express';
import type { Logger } from '@hr/platform';

// Orchestrator probes hit these every few seconds: successful ones would drown the log.
const PROBES = new Set(['/healthz', '/readyz']);

/** A signed link's token is the key to the candidate's answer: it never reaches the log. */
const PUBLIC_LINK = /^(\/public\/v\d+\/[a-z-]+\/)[^/]+/;

export function loggedPath(originalUrl: string): string {
  return originalUrl.split('?')[0].replace(PUBLIC_LINK, '$1:token');
}

/** One line per request: no bodies, no headers, no query string (it may carry names or emails), no link tokens. */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const path = loggedPath(req.originalUrl);
    const log = (message: string) => {
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : PROBES.has(path) ? 'debug' : 'info';
      logger[level](
        {
          correlationId: res.locals.correlationId,
          method: req.method,
          path,
          status,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
          userId: res.locals.auth?.principal.userId,
          ip: req.ip,
        },
        message,
      );
    };
    res.once('finish', () => log('request completed'));
    res.once('close', () => {
      if (!res.writableFinished) log('request aborted');
    });
    next();
  };
}
