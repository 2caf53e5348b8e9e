import { LOCALES, Locale, LocalisedText, TextParams, renderText } from './localised-text';
import { REASONS, ReasonCode, isReasonCode } from './reason-codes';
import { INPUT_TEXTS } from './violations/input.texts';
import { RULE_TEXTS } from './violations/rule.texts';

/**
 * Every rule a field can break (problem+json `errors[].rule`) with what a person reads for it. A
 * violation may name a more specific text than its rule's (a pattern that is an id, a phone …).
 */
export const VIOLATION_TEXTS = { ...INPUT_TEXTS, ...RULE_TEXTS } satisfies Record<string, LocalisedText>;

export type ViolationRule = keyof typeof VIOLATION_TEXTS;

export interface FieldViolation {
  /** Dotted path of the field from the input's root (`salary.allowances.0.name`), '' for the whole input. */
  field: string;
  /** A rule broken, or the reason one part of a batch was refused for (a file of an upload). */
  rule: ViolationRule | ReasonCode;
  /** The text to read when it says more than the rule's own. */
  text?: ViolationRule;
  /** Values the text names (`{max}`). */
  params?: TextParams;
  /** The English reading, for logs and other services; people read renderViolation in their language. */
  message?: string;
}

export function isViolationRule(value: unknown): value is ViolationRule {
  return typeof value === 'string' && Object.hasOwn(VIOLATION_TEXTS, value);
}

export function renderViolation(violation: Pick<FieldViolation, 'rule' | 'text' | 'params'>, locale: Locale): string {
  const key = [violation.text, violation.rule].find(isViolationRule);
  const text = key ? VIOLATION_TEXTS[key] : isReasonCode(violation.rule) ? REASONS[violation.rule] : VIOLATION_TEXTS.invalid;
  return renderText(text, locale, violation.params);
}

/** A reason's text in every language, its placeholders filled (to quote it inside another text). */
export function reasonTexts(reason: ReasonCode, params?: TextParams): LocalisedText {
  const text = isReasonCode(reason) ? REASONS[reason] : VIOLATION_TEXTS.invalid;
  return Object.fromEntries(LOCALES.map((locale) => [locale, renderText(text, locale, params)])) as LocalisedText;
}

/** A violation with its English reading filled in. */
export function violation(field: string, rule: FieldViolation['rule'], params?: TextParams, text?: ViolationRule): FieldViolation {
  const parts = { rule, ...(text ? { text } : {}), ...(params ? { params } : {}) };
  return { field, ...parts, message: renderViolation(parts, 'en') };
}
