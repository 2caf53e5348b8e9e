import { randomUUID } from 'node:crypto';
import { DomainError, Logger, ReasonCode } from '@hr/platform';
import type { SessionRepository } from '../infra/session.repository';
import type { UserRecord, UserRepository } from '../infra/user.repository';
import type { AuthContext, IssuedTokens } from './auth.types';
import { TtlCache } from './ttl-cache';
import { burnVerification, hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens';

export interface AuthSettings {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long an authenticated session is remembered (0: read it on every request). */
  authCacheMs?: number;
}

const unauthenticated = (reason: ReasonCode, message: string) => new DomainError('unauthenticated', reason, message);
// One error for unknown email and wrong password, so the endpoint cannot be used to probe accounts.
const invalidCredentials = () => unauthenticated('INVALID_CREDENTIALS', 'email or password is incorrect');
const invalidRefresh = () => unauthenticated('INVALID_REFRESH_TOKEN', 'the refresh token is invalid or expired');

export class AuthService {
  /** Signed-in sessions by session id. */
  private readonly cache: TtlCache<AuthContext>;

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly settings: AuthSettings,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.cache = new TtlCache(settings.authCacheMs ?? 0);
  }

  async login(email: string, password: string): Promise<IssuedTokens> {
    const found = await this.users.findCredentials(email);
    if (!found) {
      await burnVerification(password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(found.passwordHash, password))) throw invalidCredentials();
    if (!found.user.active) throw unauthenticated('ACCOUNT_DISABLED', 'this account has been disabled');
    if (needsRehash(found.passwordHash)) await this.users.setPasswordHash(found.user.id, await hashPassword(password));
    await this.users.recordLogin(found.user.id, this.now());
    return this.startSession(found.user);
  }

  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const presented = hashRefreshToken(refreshToken);
    const session = await this.sessions.findByCurrentHash(presented);
    if (!session) {
      const family = await this.sessions.findByRotatedHash(presented);
      if (family) await this.revokeFamily(family.id, family.userId);
      throw family ? unauthenticated('REFRESH_TOKEN_REUSED', 'the refresh token was already used; the session is revoked') : invalidRefresh();
    }
    if (session.revokedAt || session.expiresAt <= this.now()) throw invalidRefresh();
    const user = await this.users.findById(session.userId);
    if (!user?.active) {
      await this.sessions.revoke(session.id, 'user_inactive');
      throw invalidRefresh();
    }
    const next = newRefreshToken();
    const rotated = await this.sessions.rotate(session.id, presented, hashRefreshToken(next), this.refreshExpiry());
    if (!rotated) {
      // Lost a race with another refresh of the same token: that is reuse too.
      await this.revokeFamily(session.id, session.userId);
      throw unauthenticated('REFRESH_TOKEN_REUSED', 'the refresh token was already used; the session is revoked');
    }
    return this.tokensFor(user, session.id, next);
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId, 'logout', this.now());
    this.cache.forget(sessionId);
  }

  /** A change of the user's roles, department or state applies to their next request. */
  forgetUser(userId: string): void {
    this.cache.forgetWhere((context) => context.user.id === userId);
  }

  /** Resolves a bearer token to the caller, checking the session and the user on every request. */
  async authenticate(accessToken: string): Promise<AuthContext> {
    const claims = verifyAccessToken(accessToken, this.settings.jwtSecret);
    const cached = this.cache.get(claims.sessionId);
    if (cached && cached.user.id === claims.userId) return cached;
    const session = await this.sessions.findById(claims.sessionId);
    if (!session || session.revokedAt || session.userId !== claims.userId) {
      throw unauthenticated('SESSION_REVOKED', 'the session has ended, please sign in again');
    }
    const user = await this.users.findById(claims.userId);
    if (!user?.active) throw unauthenticated('ACCOUNT_DISABLED', 'this account has been disabled');
    const principal = { userId: user.id, roles: user.roles, departmentId: user.departmentId, name: user.name };
    const context = { principal, sessionId: session.id, user };
    this.cache.remember(session.id, context);
    return context;
  }

  /** The caller keeps the session they changed it from; every other session ends. */
  async changePassword(caller: AuthContext, currentPassword: string, newPassword: string): Promise<void> {
    const hash = await this.users.findPasswordHash(caller.user.id);
    if (!hash || !(await verifyPassword(hash, currentPassword))) {
      throw DomainError.invalid('currentPassword', 'matches');
    }
    await this.users.setPasswordHash(caller.user.id, await hashPassword(newPassword));
    await this.sessions.revokeAllForUser(caller.user.id, 'password_changed', this.now(), caller.sessionId);
    this.forgetUser(caller.user.id);
  }

  async endAllSessions(userId: string, reason: string): Promise<void> {
    await this.sessions.revokeAllForUser(userId, reason, this.now());
    this.forgetUser(userId);
  }

  private async startSession(user: UserRecord): Promise<IssuedTokens> {
    const sessionId = randomUUID();
    const refreshToken = newRefreshToken();
    await this.sessions.create({
      id: sessionId,
      userId: user.id,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: this.refreshExpiry(),
    });
    return this.tokensFor(user, sessionId, refreshToken);
  }

  private tokensFor(user: UserRecord, sessionId: string, refreshToken: string): IssuedTokens {
    const { jwtSecret, accessTokenTtlSeconds } = this.settings;
    const accessToken = signAccessToken({ userId: user.id, sessionId }, jwtSecret, accessTokenTtlSeconds);
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: accessTokenTtlSeconds, user };
  }

  private refreshExpiry(): Date {
    return new Date(this.now().getTime() + this.settings.refreshTokenTtlSeconds * 1000);
  }

  private async revokeFamily(sessionId: string, userId: string): Promise<void> {
    this.logger.warn({ sessionId, userId }, 'refresh token reuse detected, session revoked');
    await this.sessions.revoke(sessionId, 'refresh_token_reused', this.now());
    this.cache.forget(sessionId);
  }
}
