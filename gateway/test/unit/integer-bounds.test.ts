import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { allRoutes } from '../../src/routes';
import type { RouteDeps } from '../../src/routes/route-deps';
import { INT32_MAX } from '../../src/routes/schemas/common.schemas';

type Json = Record<string, any>;

const pass = (_req: unknown, _res: unknown, next: () => void) => next();
const deps = { readinessChecks: [], authRateLimit: pass, publicRateLimit: pass } as unknown as RouteDeps;
const doc = buildOpenApiDocument(allRoutes(deps), { title: 'test', version: '0' }) as Json;
const INT32_MIN = -INT32_MAX - 1;

/** Every integer an operation takes (path, query, body), by where it is, with its schema. */
function integersIn(node: Json | undefined, where: string, seen = new Set<string>()): Array<[string, Json]> {
  if (!node || typeof node !== 'object') return [];
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    return integersIn(doc.components.schemas[name], where, new Set([...seen, name]));
  }
  const found: Array<[string, Json]> = node.type === 'integer' ? [[where, node]] : [];
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Json>)) found.push(...integersIn(child, `${where}.${key}`, seen));
  for (const key of ['items', 'additionalProperties'] as const) if (node[key] && typeof node[key] === 'object') found.push(...integersIn(node[key], `${where}[]`, seen));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const option of node[key] ?? []) found.push(...integersIn(option, where, seen));
  return found;
}

const inputs: Array<[string, Json]> = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]: [string, Json]) => {
    const name = `${method.toUpperCase()} ${path}`;
    const parameters = (operation.parameters ?? []).flatMap((p: Json) => integersIn(p.schema, `${name} ${p.in}:${p.name}`));
    const bodies = Object.values((operation.requestBody?.content ?? {}) as Record<string, Json>).flatMap((c) => integersIn(c.schema, `${name} body`));
    return [...parameters, ...bodies];
  }),
);

describe('integers the routes take agree with the proto int32 the services take', () => {
  it('finds the integers of the document (versions, page sizes, headcounts …)', () => {
    const names = inputs.map(([where]) => where);
    expect(names).toEqual(expect.arrayContaining(['POST /api/v1/applications/{id}/stage body.expectedVersion', 'POST /api/v1/offers/{id}/send body.templateVersion']));
    expect(inputs.length).toBeGreaterThan(30);
  });

  it.each(inputs)('%s stays within int32', (_where, schema) => {
    expect(schema.maximum ?? schema.exclusiveMaximum).toBeLessThanOrEqual(INT32_MAX);
    expect(schema.minimum ?? schema.exclusiveMinimum).toBeGreaterThanOrEqual(INT32_MIN);
  });
});
