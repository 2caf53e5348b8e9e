import type { RequestHandler } from 'express';
import type { Logger } from '@hr/platform';

// Orchestrator probes hit these every few seconds: successful ones would drown the log.
const PROBES = new Set(['/healthz', '/readyz']);

/** One line per request: no bodies, no headers, no query string (it may carry names or emails). */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const path = req.originalUrl.split('?')[0];
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
