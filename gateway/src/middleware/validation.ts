import type { z } from 'zod';
import { DomainError, FieldViolation, zodViolations } from '@hr/platform';

export type InputLocation = 'params' | 'query' | 'body';

/** Turns zod issues into field violations: dotted path from the location's root, rule, the values its text names. */
export function toViolations(location: InputLocation, issues: z.core.$ZodIssue[], input: unknown): FieldViolation[] {
  return zodViolations(issues, input, { root: location, ...(location === 'query' ? { unknownKeyText: 'unknown_parameter' as const } : {}) });
}

export function validationError(violations: FieldViolation[]): DomainError {
  return DomainError.invalidFields(violations);
}
