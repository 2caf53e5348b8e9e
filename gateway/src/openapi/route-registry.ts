import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { ROLES, Role } from '@hr/workflow';
import type { ApiScope } from '../auth/api-key-format';
import type { ApiKeyContext, AuthContext } from '../auth/auth.types';
import type { MultipartSpec } from '../middleware/multipart.middleware';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Routes for third parties (/open/v1): an API key holding every one of these scopes. */
export interface ApiKeyAccess {
  apiKeyScopes: readonly ApiScope[];
}

/** Who may call: users holding one of the roles (JWT), anybody ('public'), or an API key with scopes. */
export type RouteRoles = readonly Role[] | 'public' | ApiKeyAccess;

/** Every signed-in user (each user holds at least one role). */
export const ANY_ROLE: readonly Role[] = ROLES;

export function apiKeyScopes(...scopes: ApiScope[]): ApiKeyAccess {
  return { apiKeyScopes: scopes };
}

export function isApiKeyAccess(roles: RouteRoles): roles is ApiKeyAccess {
  return typeof roles === 'object' && !Array.isArray(roles) && 'apiKeyScopes' in roles;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** A file download (instead of, or beside, the JSON schema): the media types it may have. */
  mediaTypes?: string[];
  /** Also answers text/html (a page for browsers), beside the JSON schema if any. */
  html?: boolean;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, R extends RouteRoles> {
  params: P;
  query: Q;
  body: B;
  auth: R extends 'public' ? undefined : R extends ApiKeyAccess ? ApiKeyContext : AuthContext;
  req: Request;
  res: Response;
}

export interface RouteDefinition<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends RouteRoles = RouteRoles,
> {
  method: HttpMethod;
  /** OpenAPI style: /api/v1/positions/{id} */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  roles: R;
  params?: P;
  query?: Q;
  /** The JSON body, or the text parts of a multipart body. */
  body?: B;
  /** Takes multipart/form-data (parsed after authentication, before validation). */
  multipart?: MultipartSpec;
  /** Also takes the body as application/x-www-form-urlencoded (an HTML form), validated by `body`. */
  formBody?: boolean;
  /** Success responses; 400/401/403/429/5xx problems are added to the document automatically. */
  responses: Record<number, ResponseSpec>;
  /** Further problem statuses this route answers (e.g. 413, 415), with what they mean. */
  problems?: Record<number, string>;
  /** Runs before authentication (rate limits). */
  middleware?: RequestHandler[];
  /** Sees every failure of this route first (e.g. to answer browsers with a page); next(error) leaves it to problem+json. */
  errorHandler?: ErrorRequestHandler;
  handler: (ctx: RouteContext<Out<P>, Out<Q>, Out<B>, R>) => unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDefinition<any, any, any, RouteRoles>;

/** Identity function that lets TypeScript infer the handler's types from the schemas. */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  const R extends RouteRoles = RouteRoles,
>(route: RouteDefinition<P, Q, B, R>): AnyRoute {
  return route as AnyRoute;
}

export function toExpressPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

export function successStatus(route: AnyRoute): number {
  return Object.keys(route.responses).map(Number).filter((s) => s >= 200 && s < 300).sort((a, b) => a - b)[0] ?? 200;
}

const isParam = (segment: string) => segment.startsWith('{');

/** True when `earlier` (mounted first) would capture every request meant for `later`. */
function shadows(earlier: AnyRoute, later: AnyRoute): boolean {
  if (earlier.method !== later.method) return false;
  const a = earlier.path.split('/');
  const b = later.path.split('/');
  return a.length === b.length && a.every((segment, i) => isParam(segment) || segment === b[i]) && a.some((s, i) => isParam(s) && !isParam(b[i]));
}

/** Fails fast on a route declared twice, one that forgets its roles, or one hidden behind a /{param} route. */
export function assertRoutesWellFormed(routes: AnyRoute[]): void {
  const seen = new Set<string>();
  routes.forEach((route, index) => {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`route declared twice: ${key}`);
    seen.add(key);
    const open = route.path.startsWith('/open/');
    if (isApiKeyAccess(route.roles)) {
      if (!open || route.roles.apiKeyScopes.length === 0) throw new Error(`route ${key}: API key routes live under /open/ and name a scope`);
    } else if (open) {
      throw new Error(`route ${key}: routes under /open/ take API keys`);
    } else if (route.roles !== 'public' && (!Array.isArray(route.roles) || route.roles.length === 0)) {
      throw new Error(`route ${key} must state its roles`);
    }
    const hiding = routes.slice(0, index).find((earlier) => shadows(earlier, route));
    if (hiding) throw new Error(`route ${key} is unreachable behind ${hiding.method} ${hiding.path}: declare it first`);
  });
}
