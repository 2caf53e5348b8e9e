import { z } from 'zod';
import { ANY_ROLE, AnyRoute, defineRoute } from '../openapi/route-registry';
import type { RouteDeps } from './route-deps';
import { passwordSchema, userSchema } from './schemas/user.schemas';

const tokensSchema = z
  .object({
    accessToken: z.string().describe('JWT (HS256); send as `Authorization: Bearer …`'),
    refreshToken: z.string().describe('Opaque; single use, rotated by /auth/refresh'),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Access token lifetime in seconds'),
    user: userSchema,
  })
  .meta({ id: 'TokenPair' });

const loginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});

const refreshBody = z.strictObject({ refreshToken: z.string().min(1).max(256) });

const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });

export function authRoutes({ auth, authRateLimit }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      operationId: 'login',
      summary: 'Sign in with email and password',
      tags: ['auth'],
      roles: 'public',
      middleware: [authRateLimit],
      body: loginBody,
      responses: { 200: { description: 'Signed in', schema: tokensSchema } },
      handler: ({ body }) => auth.login(body.email, body.password),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/refresh',
      operationId: 'refreshTokens',
      summary: 'Exchange a refresh token for a new token pair',
      description: 'The presented refresh token is spent. Presenting a spent token again revokes the whole session.',
      tags: ['auth'],
      roles: 'public',
      middleware: [authRateLimit],
      body: refreshBody,
      responses: { 200: { description: 'New token pair', schema: tokensSchema } },
      handler: ({ body }) => auth.refresh(body.refreshToken),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      operationId: 'logout',
      summary: 'End the current session',
      description: 'Revokes the session: its refresh token and every access token issued for it stop working.',
      tags: ['auth'],
      roles: ANY_ROLE,
      responses: { 204: { description: 'Signed out' } },
      handler: async ({ auth: caller }) => {
        await auth.logout(caller.sessionId);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/me',
      operationId: 'getMe',
      summary: 'The signed-in user',
      tags: ['auth'],
      roles: ANY_ROLE,
      responses: { 200: { description: 'The caller', schema: userSchema } },
      handler: ({ auth: caller }) => caller.user,
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/me/password',
      operationId: 'changeMyPassword',
      summary: 'Change my password',
      description: 'Needs the current password. Every other session of the user ends; this one stays.',
      tags: ['auth'],
      roles: ANY_ROLE,
      middleware: [authRateLimit],
      body: changePasswordBody,
      responses: { 204: { description: 'Password changed' } },
      handler: ({ auth: caller, body }) => auth.changePassword(caller, body.currentPassword, body.newPassword),
    }),
  ];
}
