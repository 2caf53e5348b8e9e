import { ACCEPTED_MIME_TYPES } from '../uploads/resume-file-type';
import { SchemaCollector } from './json-schema';
import { problemSchema } from './problem.schema';
import { AnyRoute, ResponseSpec, isApiKeyAccess } from './route-registry';

type Json = Record<string, unknown>;

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

const API_KEY_SCHEMES = ['apiKeyHeader', 'apiKeyBearer'] as const;

function accessText(route: AnyRoute): string {
  if (route.roles === 'public') return '**Roles:** public (no token needed)';
  if (isApiKeyAccess(route.roles)) return `**API key scope:** ${route.roles.apiKeyScopes.join(', ')}`;
  return `**Roles:** ${route.roles.join(', ')}`;
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

const binary = { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' };

function responseFor(spec: ResponseSpec, collector: SchemaCollector): Json {
  const content: Json = {};
  if (spec.html) content['text/html'] = { schema: { type: 'string', contentMediaType: 'text/html' } };
  if (spec.schema) content['application/json'] = { schema: collector.convert(spec.schema, 'output') };
  for (const type of spec.mediaTypes ?? []) content[type] = { schema: binary };
  return Object.keys(content).length ? { description: spec.description, content } : { description: spec.description };
}

function responses(route: AnyRoute, collector: SchemaCollector): Json {
  const out: Json = {};
  for (const [status, spec] of Object.entries(route.responses) as Array<[string, ResponseSpec]>) out[status] = responseFor(spec, collector);
  for (const [status, description] of Object.entries(route.problems ?? {})) out[status] ??= problemResponse(description);
  if (route.params || route.query || route.body || route.multipart) out['400'] ??= problemResponse('Invalid input (field errors in `errors`)');
  if (isApiKeyAccess(route.roles)) {
    out['401'] ??= problemResponse('Missing, unknown, revoked or expired API key');
    out['403'] ??= problemResponse(`The API key lacks the scope: ${route.roles.apiKeyScopes.join(', ')}`);
    out['429'] ??= problemResponse('Too many requests with this API key (per minute)');
  } else if (route.roles !== 'public') {
    out['401'] ??= problemResponse('Missing, invalid or revoked access token');
    out['403'] ??= problemResponse(`Caller lacks the role: needs one of ${route.roles.join(', ')}`);
  }
  if (route.multipart) {
    out['413'] ??= problemResponse('A file is larger than the limit (the file is named in `detail`)');
    out['415'] ??= problemResponse('Not multipart/form-data, or a file whose type or content is not accepted (named in `errors`)');
  }
  if (route.middleware?.length) out['429'] ??= problemResponse('Too many requests');
  out.default = problemResponse('Error (application/problem+json)');
  return out;
}

function multipartBody(route: AnyRoute, collector: SchemaCollector): Json {
  const spec = route.multipart!;
  const fields = route.body ? collector.convert(route.body, 'input') : { type: 'object', properties: {} };
  const file = spec.maxFiles > 1 ? { type: 'array', items: binary, minItems: spec.requireFile ? 1 : 0, maxItems: spec.maxFiles } : binary;
  const fileProperty = { [spec.fileField]: { ...file, description: `Resume file(s): ${ACCEPTED_MIME_TYPES.join(', ')}` } };
  const required = spec.requireFile ? [spec.fileField] : [];
  const schema =
    fields.type === 'object'
      ? { ...fields, properties: { ...(fields.properties as Json), ...fileProperty }, required: [...((fields.required as string[]) ?? []), ...required] }
      : { allOf: [fields, { type: 'object', properties: fileProperty, required }] };
  const encoding: Json = { [spec.fileField]: { contentType: ACCEPTED_MIME_TYPES.join(', ') } };
  for (const name of spec.jsonFields ?? []) encoding[name] = { contentType: 'application/json' };
  return { schema, encoding };
}

function requestBody(route: AnyRoute, collector: SchemaCollector): Json | undefined {
  const content: Json = {};
  if (route.multipart) content['multipart/form-data'] = multipartBody(route, collector);
  if (route.body && (!route.multipart || route.multipart.allowJson)) content['application/json'] = { schema: collector.convert(route.body, 'input') };
  if (route.body && route.formBody) content['application/x-www-form-urlencoded'] = { schema: collector.convert(route.body, 'input') };
  return Object.keys(content).length ? { required: true, content } : undefined;
}

function operation(route: AnyRoute, collector: SchemaCollector): Json {
  const op: Json = {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, accessText(route)].filter(Boolean).join('\n\n'),
    tags: route.tags,
  };
  if (isApiKeyAccess(route.roles)) {
    const scopes = [...route.roles.apiKeyScopes];
    op['x-scopes'] = scopes;
    op.security = API_KEY_SCHEMES.map((scheme) => ({ [scheme]: scopes }));
  } else {
    op['x-roles'] = route.roles === 'public' ? 'public' : [...route.roles];
    op.security = route.roles === 'public' ? [] : [{ bearerAuth: [] }];
  }
  const params = parameters(route, collector);
  if (params.length) op.parameters = params;
  const body = requestBody(route, collector);
  if (body) op.requestBody = body;
  op.responses = responses(route, collector);
  return op;
}

const securitySchemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  apiKeyHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
    description: 'Third-party API key `hrk_<keyId>_<secret>`, issued by an administrator (POST /api/v1/admin/api-keys)',
  },
  apiKeyBearer: { type: 'http', scheme: 'bearer', bearerFormat: 'hrk_<keyId>_<secret>', description: 'The same API key as `Authorization: Bearer hrk_…`' },
};

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
    components: { securitySchemes, schemas: collector.components },
  };
}
