import type { z } from 'zod';
import { FieldViolation, LocalisedText, TextParams, ViolationRule, isViolationRule, t, violation } from '@hr/workflow';

/** The JSON types a value may be expected to have, as people call them. */
const TYPE_LABELS: Record<string, LocalisedText> = {
  string: t('文本', 'a string'),
  number: t('数字', 'a number'),
  int: t('整数', 'a whole number'),
  boolean: t('true 或 false', 'true or false'),
  object: t('对象', 'an object'),
  array: t('数组', 'an array'),
  date: t('日期', 'a date'),
};

/** zod's string formats that have a rule of their own; any other is `format` naming it. */
const FORMAT_RULES: Record<string, ViolationRule> = { regex: 'pattern', email: 'email', url: 'url', datetime: 'datetime', date: 'date' };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

type Issue = z.core.$ZodIssue;
type Reading = { rule: ViolationRule; params?: TextParams; text?: ViolationRule };

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, small: boolean): Reading {
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const name = small ? 'min' : 'max';
  if (issue.origin === 'string') return { rule: `${name}_length`, params: { [name]: limit } };
  if (issue.origin === 'array' || issue.origin === 'set') return { rule: `${name}_items`, params: { [name]: limit } };
  return { rule: issue.inclusive === false ? `${name}_exclusive` : name, params: { [name]: limit } };
}

function read(issue: Issue, input: unknown): Reading {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { rule: 'required' };
      return { rule: 'type', params: { expected: TYPE_LABELS[issue.expected] ?? issue.expected } };
    }
    case 'too_small':
      return bound(issue, true);
    case 'too_big':
      return bound(issue, false);
    case 'invalid_format':
      return FORMAT_RULES[issue.format] ? { rule: FORMAT_RULES[issue.format] } : { rule: 'format', params: { format: issue.format } };
    case 'invalid_value':
      return { rule: 'enum', params: { values: issue.values.map(String) } };
    case 'not_multiple_of':
      return { rule: 'multiple_of', params: { divisor: Number(issue.divisor) } };
    case 'invalid_union':
      // A tagged union (`format.kind`) names the tag's path: an unknown tag is an enum miss.
      if (valueAt(input, issue.path) === undefined) return { rule: 'required' };
      return { rule: 'discriminator' in issue ? 'enum' : 'type', text: 'invalid' };
    case 'custom': {
      // A refinement names its rule and the values its text names: `params: { rule: 'gte_min', min: 'minYears' }`.
      const { rule, ...params } = (issue.params ?? {}) as TextParams & { rule?: unknown };
      return { rule: isViolationRule(rule) ? rule : 'invalid', params };
    }
    default:
      return { rule: 'invalid' };
  }
}

export interface ZodViolationOptions {
  /** Prefix of every field's path (`variables`); the whole input is called this when the path is empty. */
  root: string;
  /** Prefix the paths with the root (`variables.title`) rather than only naming the whole input by it. */
  prefixed?: boolean;
  /** Text of unknown keys: `unknown_parameter` for a query string. */
  unknownKeyText?: ViolationRule;
}

/**
 * zod issues as field violations: dotted path, rule, the values its text names. A schema's own message
 * that is a registered rule (`.regex(re, 'object_id')`) is the text read instead of the rule's.
 */
export function zodViolations(issues: Issue[], input: unknown, options: ZodViolationOptions): FieldViolation[] {
  const pathOf = (parts: PropertyKey[]) => {
    const inner = parts.map(String).join('.');
    if (!options.prefixed) return inner || options.root;
    return [options.root, inner].filter(Boolean).join('.');
  };
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => violation(pathOf([...issue.path, key]), 'unknown_key', { key }, options.unknownKeyText));
    }
    const { rule, params, text: ruleText } = read(issue, input);
    const text = isViolationRule(issue.message) ? issue.message : ruleText;
    return [violation(pathOf(issue.path), rule, params, text)];
  });
}
