import { z } from 'zod';
import { DomainError, FieldViolation, violation, zodViolations } from '@hr/platform';

export type InputLocation = 'params' | 'query' | 'body';

/** Turns zod issues into field violations: dotted path from the location's root, rule, the values its text names. */
export function toViolations(location: InputLocation, issues: z.core.$ZodIssue[], input: unknown): FieldViolation[] {
  return zodViolations(issues, input, { root: location, ...(location === 'query' ? { unknownKeyText: 'unknown_parameter' as const } : {}) });
}

export function validationError(violations: FieldViolation[]): DomainError {
  return DomainError.invalidFields(violations);
}

/** The keys an object schema takes, through refinements, transforms, defaults and unions. */
function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return keysOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return schema.options.flatMap((option) => keysOf(option as z.ZodType));
  return [];
}

/**
 * Query parameters the route does not take (a misspelt filter would otherwise be ignored and the
 * caller shown an unfiltered list): each named, as unknown body fields are.
 */
export function unknownQueryParameters(schema: z.ZodType | undefined, query: Record<string, unknown>): FieldViolation[] {
  const known = new Set(schema ? keysOf(schema) : []);
  return Object.keys(query)
    .filter((key) => !known.has(key))
    .map((key) => violation(key, 'unknown_key', { key }, 'unknown_parameter'));
}
