import jwt from 'jsonwebtoken';
import { DomainError, Principal, ROLES, Role } from '@hr/workflow';
import { hmacKey } from './hmac-key';

const AUDIENCE = 'hr-internal';
const ISSUER = 'hr-gateway';

/** The gateway vouches for the caller with a short-lived token that services verify. */
export function signPrincipalToken(principal: Principal, secret: string, ttlSeconds = 60): string {
  const { userId, roles, departmentId, name, scopes } = principal;
  return jwt.sign({ roles, dep: departmentId, name, scopes }, hmacKey(secret), {
    subject: userId,
    audience: AUDIENCE,
    issuer: ISSUER,
    expiresIn: ttlSeconds,
    algorithm: 'HS256',
  });
}

export function verifyPrincipalToken(token: string, secret: string): Principal {
  try {
    const claims = jwt.verify(token, hmacKey(secret), { audience: AUDIENCE, issuer: ISSUER, algorithms: ['HS256'] });
    if (typeof claims === 'string' || !claims.sub) throw new Error('no subject');
    const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((r: string): r is Role =>
      (ROLES as readonly string[]).includes(r),
    );
    const scopes = Array.isArray(claims.scopes) ? claims.scopes.filter((s: unknown) => typeof s === 'string') : undefined;
    return { userId: claims.sub, roles, departmentId: claims.dep || undefined, name: claims.name || undefined, scopes };
  } catch {
    throw new DomainError('unauthenticated', 'INVALID_PRINCIPAL_TOKEN', 'the caller could not be authenticated');
  }
}
