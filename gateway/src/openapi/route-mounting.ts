import express from 'express';
import type { Request, RequestHandler, Router } from 'express';
import type { FieldViolation } from '@hr/workflow';
import { ApiKeyAuthenticator, authenticateApiKey, requireScopes } from '../middleware/api-key.middleware';
import { Authenticator, authenticate } from '../middleware/authenticate.middleware';
import type { MultipartSpec } from '../middleware/multipart.middleware';
import { runInRequestContext } from '../middleware/request-locals';
import { requireRoles } from '../middleware/require-roles.middleware';
import { InputLocation, toViolations, unknownQueryParameters, validationError } from '../middleware/validation';
import { AnyRoute, isApiKeyAccess, successStatus, toExpressPath } from './route-registry';
import { withoutUnknownValues } from './unknown-values';

export interface RouteGuards {
  /** Resolves a JWT access token (routes with roles). */
  authenticate: Authenticator;
  /** Resolves an API key (routes with API key scopes). */
  authenticateApiKey: ApiKeyAuthenticator;
  /** Throttles each API key; runs right after its authentication. */
  apiKeyRateLimit: RequestHandler;
  /** Builds the multipart parser of a route that takes files. */
  multipart: (spec: MultipartSpec) => RequestHandler;
}

function parseInputs(route: AnyRoute, req: Request) {
  const parsed: Record<InputLocation, unknown> = { params: undefined, query: undefined, body: undefined };
  const violations: FieldViolation[] = unknownQueryParameters(route.query, req.query as Record<string, unknown>);
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
    else res.status(status).json(withoutUnknownValues(result, route.responses[status]?.schema));
  };
}

function guardsFor(route: AnyRoute, guards: RouteGuards, bearer: RequestHandler, apiKey: RequestHandler): RequestHandler[] {
  if (route.roles === 'public') return [];
  if (isApiKeyAccess(route.roles)) return [apiKey, guards.apiKeyRateLimit, requireScopes(route.roles.apiKeyScopes)];
  return [bearer, requireRoles(route.roles)];
}

/**
 * Mounts each route with, in order: its own middleware, authentication, role or scope check,
 * the multipart or form parser (only for an authorised caller), validation, handler, its error handler.
 */
export function mountRoutes(router: Router, routes: AnyRoute[], guards: RouteGuards): void {
  const bearer = authenticate(guards.authenticate);
  const apiKey = authenticateApiKey(guards.authenticateApiKey);
  // Forms carry a few short fields; flat pairs only (extended: false), as for query strings.
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });
  for (const route of routes) {
    const parsers = route.multipart ? [guards.multipart(route.multipart)] : route.formBody ? [form] : [];
    router[route.method](
      toExpressPath(route.path),
      ...(route.middleware ?? []),
      ...guardsFor(route, guards, bearer, apiKey),
      ...parsers,
      execute(route),
      ...(route.errorHandler ? [route.errorHandler] : []),
    );
  }
}
