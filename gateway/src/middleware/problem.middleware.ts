import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '@hr/platform';
import { negotiateLocale } from '../i18n/messages';
import { HttpProblem, PROBLEM_CONTENT_TYPE, ProblemDocument, toProblem } from './problem';

export function sendProblem(res: Response, problem: ProblemDocument): void {
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
}

export function problemFor(req: Request, res: Response, error: unknown): ProblemDocument {
  const locale = negotiateLocale(req.get('accept-language'));
  return toProblem(error, locale, req.originalUrl.split('?')[0], res.locals.correlationId);
}

export function routeNotFound(): RequestHandler {
  return (req, _res, next) => {
    next(new HttpProblem(404, 'route_not_found', 'ROUTE_NOT_FOUND', `no route for ${req.method} ${req.path}`, [], { method: req.method, path: req.path }));
  };
}

/** The last middleware: every error leaves as application/problem+json. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    const problem = problemFor(req, res, error);
    if (problem.status >= 500) {
      const level = problem.status === 500 ? 'error' : 'warn';
      logger[level]({ err: error, correlationId: res.locals.correlationId, reason: problem.reason }, 'request failed');
    }
    if (res.headersSent) {
      next(error);
      return;
    }
    sendProblem(res, problem);
  };
}
