import { z } from 'zod';

type Json = Record<string, unknown>;

function rewriteRefs(node: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, names));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      const id = value.slice('#/$defs/'.length);
      out[key] = `#/components/schemas/${names.get(id) ?? id}`;
    } else out[key] = rewriteRefs(value, names);
  }
  return out;
}

/**
 * Converts zod schemas to JSON Schema 2020-12 (OpenAPI 3.1's dialect), moving named schemas
 * (those with `.meta({ id })`) into components and pointing references there.
 */
export class SchemaCollector {
  readonly components: Record<string, Json> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    delete json.$defs;
    delete json.$schema;
    const identity = new Map<string, string>();
    const names = new Map<string, string>();
    for (const [id, def] of Object.entries(defs)) {
      const existing = this.components[id];
      const same = !existing || JSON.stringify(existing) === JSON.stringify(rewriteRefs(def, identity));
      // Input and output shapes of one schema can differ (defaults): keep both under distinct names.
      names.set(id, same ? id : `${id}${io === 'input' ? 'Input' : 'Output'}`);
    }
    for (const [id, def] of Object.entries(defs)) this.components[names.get(id)!] = rewriteRefs(def, names) as Json;
    return rewriteRefs(json, names) as Json;
  }
}
