import type { RequestHandler } from 'express';
import { DomainError } from '@hr/platform';
import type { AuthContext } from '../auth/auth.types';

export type Authenticator = (accessToken: string) => Promise<AuthContext>;

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i;

/** Requires a valid bearer token whose session is still open; the caller lands in res.locals.auth. */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) {
      throw new DomainError('unauthenticated', 'AUTHENTICATION_REQUIRED', 'a bearer access token is required');
    }
    res.locals.auth = await authenticator(token);
    next();
  };
}
