type Json = Record<string, any>;

/** Strings tried against a pattern, first match wins: ids, slugs, amounts, tokens … as the API takes them. */
const CANDIDATES = ['aaaaaaaaaaaaaaaaaaaaaaaa', 'x1', '1', '12000', 'CNY', 'zhaopin', 'ab.cd', '13812345678', 'interview.interview.scheduled.v1', '销售'];
const FORMATS: Record<string, string> = {
  'date-time': '2031-06-01T09:00:00+08:00',
  date: '2031-06-01',
  email: 'someone@example.com',
  uri: 'https://example.com/x',
  uuid: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
};

/**
 * Minimal valid values for the JSON Schemas of an OpenAPI document (required properties only), and a
 * way to put a chosen value at one place of such a value: enough to reach a route past its validation.
 */
export class JsonExamples {
  constructor(private readonly components: Record<string, Json>) {}

  resolve(node: Json): Json {
    return typeof node?.$ref === 'string' ? this.resolve(this.components[node.$ref.split('/').pop()!]) : node;
  }

  make(schema: Json): unknown {
    const node = this.resolve(schema);
    const option = (node.anyOf ?? node.oneOf)?.find((o: Json) => this.resolve(o).type !== 'null');
    if (option) return this.make(option);
    if (node.allOf) return this.make(node.allOf[0]);
    if (node.const !== undefined) return node.const;
    if (node.enum) return node.enum[0];
    switch (node.type) {
      case 'object':
        return Object.fromEntries((node.required ?? []).map((key: string) => [key, this.make(node.properties[key])]));
      case 'array':
        return Array.from({ length: node.minItems ?? 0 }, () => this.make(node.items));
      case 'integer':
      case 'number':
        return node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 1);
      case 'boolean':
        return false;
      case 'string':
        return this.string(node);
      default:
        return {};
    }
  }

  private string(node: Json): string {
    if (node.format && FORMATS[node.format]) return FORMATS[node.format];
    const length = Math.max(node.minLength ?? 1, 1);
    if (!node.pattern) return 'x'.repeat(length);
    const pattern = new RegExp(node.pattern, 'u');
    const fits = (candidate: string) => candidate.length >= length && candidate.length <= (node.maxLength ?? Infinity) && pattern.test(candidate);
    const found = [...CANDIDATES, 'x'.repeat(length)].find(fits);
    if (!found) throw new Error(`no example string for the pattern ${node.pattern}`);
    return found;
  }

  /** A copy of `value` with `leaf` at `path` (`[]` is the first item of an array), filling what is missing. */
  setAt(schema: Json, value: unknown, path: string[], leaf: unknown): unknown {
    const node = this.resolve(schema);
    if (path.length === 0) return leaf;
    const option = (node.anyOf ?? node.oneOf)?.find((o: Json) => this.resolve(o).type !== 'null');
    if (option) return this.setAt(option, value, path, leaf);
    const [head, ...rest] = path;
    if (head === '[]') {
      const items = Array.isArray(value) && value.length ? [...value] : [this.make(node.items)];
      items[0] = this.setAt(node.items, items[0], rest, leaf);
      return items;
    }
    const child = node.properties?.[head] ?? node.additionalProperties;
    const object = value && typeof value === 'object' ? { ...(value as Json) } : {};
    object[head] = this.setAt(child, object[head] ?? this.make(child), rest, leaf);
    return object;
  }

  /** The paths of every integer inside a schema. */
  integers(schema: Json, path: string[] = [], seen = new Set<Json>()): Array<{ path: string[]; schema: Json }> {
    const node = this.resolve(schema);
    if (!node || seen.has(node)) return [];
    const inner = new Set([...seen, node]);
    if (node.type === 'integer') return [{ path, schema: node }];
    const found = Object.entries((node.properties ?? {}) as Record<string, Json>).flatMap(([key, child]) => this.integers(child, [...path, key], inner));
    if (node.items) found.push(...this.integers(node.items, [...path, '[]'], inner));
    if (node.additionalProperties && typeof node.additionalProperties === 'object') found.push(...this.integers(node.additionalProperties, [...path, 'any'], inner));
    const option = (node.anyOf ?? node.oneOf)?.find((o: Json) => this.resolve(o).type !== 'null');
    if (option) found.push(...this.integers(option, path, inner));
    return found;
  }
}
