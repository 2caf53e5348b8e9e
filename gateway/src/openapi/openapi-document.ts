import type { AnyRoute, ResponseSpec } from './route-registry';
import { SchemaCollector } from './json-schema';
import { problemSchema } from './problem.schema';

type Json = Record<string, unknown>;

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

function rolesText(route: AnyRoute): string {
  return route.roles === 'public' ? 'public (no token needed)' : route.roles.join(', ');
}

function parameters(route: AnyRoute, collector: SchemaCollector): Json[] {
  const out: Json[] = [];
  for (const location of ['params', 'query'] as const) {
    const schema = route[location];
    if (!schema) continue;
    const json = collector.convert(schema, 'input');
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties ?? {}) as Record<string, Json>)) {
      const { description, ...rest } = property;
      out.push({
        name,
        in: location === 'params' ? 'path' : 'query',
        required: location === 'params' || required.has(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function responses(route: AnyRoute, collector: SchemaCollector): Json {
  const out: Json = {};
  for (const [status, spec] of Object.entries(route.responses) as Array<[string, ResponseSpec]>) {
    out[status] = spec.schema
      ? { description: spec.description, content: { 'application/json': { schema: collector.convert(spec.schema, 'output') } } }
      : { description: spec.description };
  }
  if (route.params || route.query || route.body) out['400'] ??= problemResponse('Invalid input (field errors in `errors`)');
  if (route.roles !== 'public') {
    out['401'] ??= problemResponse('Missing, invalid or revoked access token');
    out['403'] ??= problemResponse(`Caller lacks the role: needs one of ${rolesText(route)}`);
  }
  if (route.middleware?.length) out['429'] ??= problemResponse('Too many requests');
  out.default = problemResponse('Error (application/problem+json)');
  return out;
}

function operation(route: AnyRoute, collector: SchemaCollector): Json {
  const description = [route.description, `**Roles:** ${rolesText(route)}`].filter(Boolean).join('\n\n');
  const op: Json = {
    operationId: route.operationId,
    summary: route.summary,
    description,
    tags: route.tags,
    'x-roles': route.roles === 'public' ? 'public' : [...route.roles],
    security: route.roles === 'public' ? [] : [{ bearerAuth: [] }],
  };
  const params = parameters(route, collector);
  if (params.length) op.parameters = params;
  if (route.body) {
    op.requestBody = { required: true, content: { 'application/json': { schema: collector.convert(route.body, 'input') } } };
  }
  op.responses = responses(route, collector);
  return op;
}

/** The OpenAPI 3.1 document, generated from the same route declarations that Express serves. */
export function buildOpenApiDocument(routes: AnyRoute[], info: OpenApiInfo): Json {
  const collector = new SchemaCollector();
  collector.components.Problem = collector.convert(problemSchema, 'output');
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method] = operation(route, collector);
  }
  const tags = [...new Set(routes.flatMap((r) => r.tags))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info,
    tags,
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: collector.components,
    },
  };
}

