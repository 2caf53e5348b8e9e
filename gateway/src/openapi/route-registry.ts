import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { FieldViolation, ROLES, Role } from '@hr/workflow';
import type { AuthContext } from '../auth/auth.types';
import { Authenticator, authenticate } from '../middleware/authenticate.middleware';
import { runInRequestContext } from '../middleware/request-locals';
import { requireRoles } from '../middleware/require-roles.middleware';
import { InputLocation, toViolations, validationError } from '../middleware/validation';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type RouteRoles = readonly Role[] | 'public';

/** Every signed-in user (each user holds at least one role). */
export const ANY_ROLE: readonly Role[] = ROLES;

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, R extends RouteRoles> {
  params: P;
  query: Q;
  body: B;
  auth: R extends 'public' ? undefined : AuthContext;
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
  body?: B;
  /** Success responses; 400/401/403/5xx problems are added to the document automatically. */
  responses: Record<number, ResponseSpec>;
  /** Runs before authentication (rate limits). */
  middleware?: RequestHandler[];
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

function parseInputs(route: AnyRoute, req: Request) {
  const parsed: Record<InputLocation, unknown> = { params: undefined, query: undefined, body: undefined };
  const violations: FieldViolation[] = [];
  for (const location of ['params', 'query', 'body'] as const) {
    const schema = route[location];
    if (!schema) continue;
    const input = location === 'body' ? (req.body ?? {}) : req[location];
    const result = schema.safeParse(input);
    if (result.success) parsed[location] = result.data;
    else violations.push(...toViolations(location, result.error.issues, input));
  }
  if (violations.length) throw validationError(violations);
  return parsed;
}

function execute(route: AnyRoute): RequestHandler {
  const status = successStatus(route);
  return async (req, res) => {
    const inputs = parseInputs(route, req);
    const result = await runInRequestContext(res, () => route.handler({ ...inputs, auth: res.locals.auth, req, res }));
    if (res.headersSent) return;
    if (result === undefined) res.status(status === 200 ? 204 : status).end();
    else res.status(status).json(result);
  };
}

/** Mounts each route with, in order: its own middleware, authentication, role check, validation, handler. */
export function mountRoutes(router: Router, routes: AnyRoute[], authenticator: Authenticator): void {
  const auth = authenticate(authenticator);
  for (const route of routes) {
    const guards = route.roles === 'public' ? [] : [auth, requireRoles(route.roles)];
    router[route.method](toExpressPath(route.path), ...(route.middleware ?? []), ...guards, execute(route));
  }
}

/** Fails fast on a route declared twice or one that forgets its roles. */
export function assertRoutesWellFormed(routes: AnyRoute[]): void {
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`route declared twice: ${key}`);
    seen.add(key);
    if (route.roles !== 'public' && (!Array.isArray(route.roles) || route.roles.length === 0)) {
      throw new Error(`route ${key} must state its roles`);
    }
  }
}
