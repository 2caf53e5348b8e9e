import type { TextParams } from './i18n/localised-text';
import type { NotFoundReason, ReasonCode } from './i18n/reason-codes';
import { FieldViolation, ViolationRule, violation } from './i18n/violation-texts';

export type { FieldViolation } from './i18n/violation-texts';

/** Why a domain rule refused: the transport layer maps `kind` to a gRPC status and an HTTP status. */
export type ErrorKind =
  | 'invalid_argument'
  | 'not_found'
  | 'permission_denied'
  | 'failed_precondition'
  | 'already_exists'
  | 'aborted'
  | 'unauthenticated'
  | 'unavailable'
  | 'internal';

/**
 * A refusal by a rule. `reason` is a registered code (what people read comes from its texts, in their
 * language); the message is the English account for logs, which may name ids and statuses.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: ReasonCode,
    message: string,
    readonly violations: FieldViolation[] = [],
    /** Values the reason's text names (`{roles}`). */
    readonly params: TextParams = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalid(field: string, rule: ViolationRule, params?: TextParams, text?: ViolationRule): DomainError {
    return DomainError.invalidFields([violation(field, rule, params, text)]);
  }

  /** Several fields at once (a form shows them all); VALIDATION_FAILED naming each field. */
  static invalidFields(violations: FieldViolation[]): DomainError {
    const fields = [...new Set(violations.map((v) => v.field))];
    const message = violations.map((v) => `${v.field || '(input)'}: ${v.message ?? v.rule}`).join('; ');
    return new DomainError('invalid_argument', 'VALIDATION_FAILED', message, violations, { fields });
  }

  static notFound(reason: NotFoundReason, id: string): DomainError {
    return new DomainError('not_found', reason, `${reason}: ${id}`);
  }

  static forbidden(reason: ReasonCode, message: string): DomainError {
    return new DomainError('permission_denied', reason, message);
  }

  static conflict(reason: ReasonCode, message: string): DomainError {
    return new DomainError('failed_precondition', reason, message);
  }
}
