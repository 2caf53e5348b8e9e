import { Metadata, status as GrpcStatus, ServiceError } from '@grpc/grpc-js';
import { DomainError, ErrorKind, FieldViolation, ReasonCode, TextParams } from '@hr/workflow';

const KIND_TO_GRPC: Record<ErrorKind, GrpcStatus> = {
  invalid_argument: GrpcStatus.INVALID_ARGUMENT,
  not_found: GrpcStatus.NOT_FOUND,
  permission_denied: GrpcStatus.PERMISSION_DENIED,
  failed_precondition: GrpcStatus.FAILED_PRECONDITION,
  already_exists: GrpcStatus.ALREADY_EXISTS,
  aborted: GrpcStatus.ABORTED,
  unauthenticated: GrpcStatus.UNAUTHENTICATED,
  unavailable: GrpcStatus.UNAVAILABLE,
  internal: GrpcStatus.INTERNAL,
};

const GRPC_TO_KIND = new Map<number, ErrorKind>(
  Object.entries(KIND_TO_GRPC).map(([kind, code]) => [code, kind as ErrorKind]),
);
GRPC_TO_KIND.set(GrpcStatus.DEADLINE_EXCEEDED, 'unavailable');

const REASON_KEY = 'x-error-reason';
const VIOLATIONS_KEY = 'x-error-violations-bin';
const PARAMS_KEY = 'x-error-params-bin';

const toBinary = (value: unknown) => Buffer.from(JSON.stringify(value));
const fromBinary = <T>(raw: unknown, empty: T): T => (raw ? JSON.parse(Buffer.from(raw as Buffer).toString('utf8')) : empty);

/** A service's error as a gRPC status; the reason and field violations ride in trailing metadata. */
export function toGrpcError(error: unknown): Partial<ServiceError> {
  const domain = error instanceof DomainError ? error : undefined;
  const metadata = new Metadata();
  if (!domain) {
    metadata.set(REASON_KEY, 'INTERNAL');
    return { code: GrpcStatus.INTERNAL, details: 'internal error', metadata };
  }
  metadata.set(REASON_KEY, domain.reason);
  if (domain.violations.length) metadata.set(VIOLATIONS_KEY, toBinary(domain.violations));
  if (Object.keys(domain.params).length) metadata.set(PARAMS_KEY, toBinary(domain.params));
  return { code: KIND_TO_GRPC[domain.kind], details: domain.message, metadata };
}

/** The reverse of toGrpcError, used by clients so callers see the same DomainError the service raised. */
export function fromGrpcError(error: ServiceError): DomainError {
  const kind = GRPC_TO_KIND.get(error.code) ?? 'internal';
  const fallback: ReasonCode = kind === 'unavailable' ? 'UNAVAILABLE' : 'INTERNAL';
  // Passed on as given: a code this build does not know (a newer service's) is read by its kind's title.
  const reason = String(error.metadata?.get(REASON_KEY)[0] ?? fallback) as ReasonCode;
  const violations = fromBinary<FieldViolation[]>(error.metadata?.get(VIOLATIONS_KEY)[0], []);
  const params = fromBinary<TextParams>(error.metadata?.get(PARAMS_KEY)[0], {});
  return new DomainError(kind, reason, error.details || error.message, violations, params);
}
