import { DomainError, FieldViolation } from '@hr/workflow';

/** Gathers every broken rule so a form can show them all at once, then fails with their field names. */
export class ViolationCollector {
  private readonly violations: FieldViolation[] = [];

  check(ok: boolean, field: string, rule: string, message: string): boolean {
    if (!ok) this.violations.push({ field, rule, message });
    return ok;
  }

  text(value: string, field: string, options: { required?: boolean; max: number }): void {
    const trimmed = value.trim();
    if (options.required && !this.check(trimmed.length > 0, field, 'required', `${field} is required`)) return;
    this.check(trimmed.length <= options.max, field, 'max_length', `${field} is at most ${options.max} characters`);
  }

  throwIfAny(): void {
    if (this.violations.length === 0) return;
    const [first] = this.violations;
    throw new DomainError('invalid_argument', 'VALIDATION_FAILED', first.message ?? `${first.field} is invalid`, [...this.violations]);
  }
}
