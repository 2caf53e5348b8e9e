import { DomainError, FieldViolation, TextParams, ViolationRule, isNameText, violation } from '@hr/workflow';

/** Gathers every broken rule so a form can show them all at once, then fails with their field names. */
export class ViolationCollector {
  private readonly violations: FieldViolation[] = [];

  check(ok: boolean, field: string, rule: ViolationRule, params?: TextParams, text?: ViolationRule): boolean {
    if (!ok) this.violations.push(violation(field, rule, params, text));
    return ok;
  }

  /** A text field; a `name` (a person, a title, a place) also follows the shared text rule for names. */
  text(value: string, field: string, options: { required?: boolean; max: number; name?: boolean }): void {
    const trimmed = value.trim();
    if (options.required && !this.check(trimmed.length > 0, field, 'required')) return;
    this.check(trimmed.length <= options.max, field, 'max_length', { max: options.max });
    if (options.name) this.check(isNameText(trimmed), field, 'pattern', undefined, 'name_text');
  }

  throwIfAny(): void {
    if (this.violations.length > 0) throw DomainError.invalidFields([...this.violations]);
  }
}
