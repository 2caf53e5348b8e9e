import { z } from 'zod';

/** The schema that describes a value as sent (through defaults, nullables, pipes' output). */
function described(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return described(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return described(schema.out as z.ZodType);
  return schema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The zero values proto3 sends for a field nobody set. */
const isProtoDefault = (value: unknown) => value === '' || value === 0;

/**
 * Proto3 has no "unset": an unknown string reaches the gateway as "" and an unknown number as 0
 * (a freshly parsed resume: no gender, birth year or city). A field the response schema declares
 * optional is absent when it holds that default, so clients never read a fake value; a field the
 * schema requires keeps its value (0 hires, an empty list).
 */
export function withoutUnknownValues(value: unknown, schema: z.ZodType | undefined): unknown {
  if (!schema) return value;
  const shape = described(schema);
  if (Array.isArray(value)) return shape instanceof z.ZodArray ? value.map((item) => withoutUnknownValues(item, shape.element as z.ZodType)) : value;
  if (!isPlainObject(value)) return value;
  if (shape instanceof z.ZodRecord) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutUnknownValues(item, shape.valueType as z.ZodType)]));
  }
  if (!(shape instanceof z.ZodObject)) return value;
  const fields = shape.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = fields[key];
    if (field instanceof z.ZodOptional && isProtoDefault(item)) continue;
    out[key] = withoutUnknownValues(item, field);
  }
  return out;
}
