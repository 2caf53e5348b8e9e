import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DomainError, hmacKey } from '@hr/platform';

const ISSUER = 'hr-gateway';
const AUDIENCE = 'hr-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export function signAccessToken(claims: AccessClaims, secret: string, ttlSeconds: number): string {
  return jwt.sign({ sid: claims.sessionId, typ: 'access' }, hmacKey(secret), {
    subject: claims.userId,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: ttlSeconds,
    algorithm: 'HS256',
  });
}

export function verifyAccessToken(token: string, secret: string): AccessClaims {
  try {
    const claims = jwt.verify(token, hmacKey(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (typeof claims === 'string' || !claims.sub || typeof claims.sid !== 'string' || claims.typ !== 'access') {
      throw new Error('malformed claims');
    }
    return { userId: claims.sub, sessionId: claims.sid };
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw new DomainError(
      'unauthenticated',
      expired ? 'TOKEN_EXPIRED' : 'INVALID_TOKEN',
      expired ? 'the access token has expired' : 'the access token is invalid',
    );
  }
}

/** Opaque refresh token: 256 random bits; only its sha256 is ever stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
