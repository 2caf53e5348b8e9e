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

export interface FieldViolation {
  field: string;
  rule: string;
  message?: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly violations: FieldViolation[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static invalid(field: string, rule: string, message: string): DomainError {
    return new DomainError('invalid_argument', 'VALIDATION_FAILED', message, [{ field, rule, message }]);
  }

  static notFound(entity: string, id: string): DomainError {
    return new DomainError('not_found', `${entity.toUpperCase()}_NOT_FOUND`, `${entity} ${id} not found`);
  }

  static forbidden(reason: string, message: string): DomainError {
    return new DomainError('permission_denied', reason, message);
  }

  static conflict(reason: string, message: string): DomainError {
    return new DomainError('failed_precondition', reason, message);
  }
}
