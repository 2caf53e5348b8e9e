import type { RequestHandler } from 'express';
import { DomainError, Role } from '@hr/platform';

/** Lets the request through when the caller holds at least one of the roles. */
export function requireRoles(roles: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = res.locals.auth?.principal;
    if (!principal) throw new DomainError('unauthenticated', 'AUTHENTICATION_REQUIRED', 'a bearer access token is required');
    if (!principal.roles.some((role) => roles.includes(role))) {
      throw new DomainError('permission_denied', 'ROLE_REQUIRED', `this operation requires one of the roles: ${roles.join(', ')}`, [], { roles });
    }
    next();
  };
}
