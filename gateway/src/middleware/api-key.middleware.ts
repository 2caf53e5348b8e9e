import type { RequestHandler } from 'express';
import { DomainError } from '@hr/platform';
import type { ApiKeyContext } from '../auth/auth.types';

export type ApiKeyAuthenticator = (presented: string) => Promise<ApiKeyContext>;

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The key from `X-API-Key`, or from `Authorization: Bearer hrk_…`. */
export function presentedApiKey(header: (name: string) => string | undefined): string | undefined {
  const direct = header('x-api-key')?.trim();
  if (direct) return direct;
  const authorization = header('authorization');
  return authorization ? BEARER.exec(authorization)?.[1] : undefined;
}

/** Requires a valid, unrevoked, unexpired API key; the key's caller lands in res.locals.auth. */
export function authenticateApiKey(authenticator: ApiKeyAuthenticator): RequestHandler {
  return async (req, res, next) => {
    const key = presentedApiKey((name) => req.get(name));
    if (!key) {
      throw new DomainError('unauthenticated', 'API_KEY_REQUIRED', 'an API key is required (X-API-Key or Authorization: Bearer hrk_…)');
    }
    res.locals.auth = await authenticator(key);
    next();
  };
}

/** Lets the request through when the key holds every one of the scopes. */
export function requireScopes(scopes: readonly string[]): RequestHandler {
  return (_req, res, next) => {
    const granted = res.locals.auth?.principal.scopes ?? [];
    const missing = scopes.filter((scope) => !granted.includes(scope));
    if (missing.length) {
      throw new DomainError('permission_denied', 'SCOPE_REQUIRED', `this operation requires the API key scope: ${missing.join(', ')}`, [], { scopes: missing });
    }
    next();
  };
}
