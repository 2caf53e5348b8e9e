import { Metadata, status as GrpcStatus, ServiceError } from '@grpc/grpc-js';
import { DomainError, ErrorKind, FieldViolation } from '@hr/workflow';

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

/** A service's error as a gRPC status; the reason and field violations ride in trailing metadata. */
export function toGrpcError(error: unknown): Partial<ServiceError> {
  const domain = error instanceof DomainError ? error : undefined;
  const metadata = new Metadata();
  if (!domain) {
    metadata.set(REASON_KEY, 'INTERNAL');
    return { code: GrpcStatus.INTERNAL, details: 'internal error', metadata };
  }
  metadata.set(REASON_KEY, domain.reason);
  if (domain.violations.length) metadata.set(VIOLATIONS_KEY, Buffer.from(JSON.stringify(domain.violations)));
  return { code: KIND_TO_GRPC[domain.kind], details: domain.message, metadata };
}

/** The reverse of toGrpcError, used by clients so callers see the same DomainError the service raised. */
export function fromGrpcError(error: ServiceError): DomainError {
  const kind = GRPC_TO_KIND.get(error.code) ?? 'internal';
  const reason = String(error.metadata?.get(REASON_KEY)[0] ?? (kind === 'unavailable' ? 'UNAVAILABLE' : 'INTERNAL'));
  const raw = error.metadata?.get(VIOLATIONS_KEY)[0];
  const violations: FieldViolation[] = raw ? JSON.parse(Buffer.from(raw as Buffer).toString('utf8')) : [];
  return new DomainError(kind, reason, error.details || error.message, violations);
}
