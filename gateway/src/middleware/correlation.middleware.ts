import type { RequestHandler } from 'express';
import { CORRELATION_HEADER, acceptCorrelationId, runWithContext } from '@hr/platform';

/**
 * Accepts or creates the correlation id and echoes it. It is also kept on res.locals because
 * the body parser resumes in the socket's async context, which loses AsyncLocalStorage.
 */
export function correlationId(): RequestHandler {
  return (req, res, next) => {
    const id = acceptCorrelationId(req.get(CORRELATION_HEADER));
    res.locals.correlationId = id;
    res.setHeader(CORRELATION_HEADER, id);
    runWithContext({ correlationId: id }, () => next());
  };
}
