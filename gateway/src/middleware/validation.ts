import type { z } from 'zod';
import { DomainError, FieldViolation } from '@hr/platform';

export type InputLocation = 'params' | 'query' | 'body';

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function ruleFor(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'required' : 'type';
    case 'too_small':
      return issue.origin === 'string' ? 'min_length' : issue.origin === 'array' ? 'min_items' : 'min';
    case 'too_big':
      return issue.origin === 'string' ? 'max_length' : issue.origin === 'array' ? 'max_items' : 'max';
    case 'invalid_format':
      return issue.format === 'regex' ? 'pattern' : issue.format;
    case 'invalid_value':
      return 'enum';
    case 'not_multiple_of':
      return 'multiple_of';
    case 'invalid_union':
      // A tagged union (`format.kind`) names the tag's path: an unknown tag is an enum miss.
      if (valueAt(input, issue.path) === undefined) return 'required';
      return 'discriminator' in issue ? 'enum' : 'type';
    case 'custom':
      return typeof issue.params?.rule === 'string' ? issue.params.rule : 'custom';
    default:
      return issue.code;
  }
}

/** Turns zod issues into field violations: dotted path from the location's root, rule, message. */
export function toViolations(location: InputLocation, issues: z.core.$ZodIssue[], input: unknown): FieldViolation[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        rule: 'unknown_key',
        message: `unknown field "${key}"`,
      }));
    }
    return [{ field: path || location, rule: ruleFor(issue, input), message: issue.message }];
  });
}

export function validationError(violations: FieldViolation[]): DomainError {
  const fields = [...new Set(violations.map((v) => v.field))].join(', ');
  return new DomainError('invalid_argument', 'VALIDATION_FAILED', `invalid fields: ${fields}`, violations);
}
