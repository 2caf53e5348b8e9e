import { DomainError } from './domain-error';

/**
 * One rule for every human-readable name (people, departments, API keys, positions, templates, tags …):
 * no control characters (NUL, BEL …), no format characters (the right-to-left override that makes
 * "Alice\u202Efdp.exe" read "Aliceexe.pdf", zero-width spaces, byte-order marks) and no line or
 * paragraph separators. Chinese, Latin and every other script's letters, digits, punctuation and
 * spaces are fine. Used by the gateway's schemas and by each service's own domain validation.
 */
export const NAME_TEXT = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/** The same for labels (tags, categories), which are also listed comma-separated. */
export const LABEL_TEXT = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp},]*$/u;

export function isNameText(value: string): boolean {
  return NAME_TEXT.test(value);
}

/** Refuses a name that breaks the rule, naming its field (VALIDATION_FAILED, rule `pattern`). */
export function assertNameText(field: string, value: string | undefined): void {
  if (value !== undefined && !isNameText(value)) throw DomainError.invalid(field, 'pattern', undefined, 'name_text');
}
