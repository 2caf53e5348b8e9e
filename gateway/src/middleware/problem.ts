import { DomainError, ErrorKind } from '@hr/platform';
import { Locale, TitleKey, problemTitle } from '../i18n/messages';
import { problemDetail } from '../i18n/problem-details';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemViolation {
  field: string;
  rule: string;
  message: string;
}

/** RFC 9457 problem details plus our `reason` (machine-readable) and field `errors`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  reason: string;
  correlationId?: string;
  errors?: ProblemViolation[];
}

export const KIND_TO_STATUS: Record<ErrorKind, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  failed_precondition: 409,
  already_exists: 409,
  aborted: 409,
  unavailable: 503,
  internal: 500,
};

/** Failures that are about HTTP itself rather than the domain (bad JSON, unknown route, throttling). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: TitleKey,
    readonly reason: string,
    message: string,
    readonly violations: ProblemViolation[] = [],
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

const GENERIC_DETAIL: Partial<Record<ErrorKind, string>> = {
  internal: 'an unexpected error occurred',
  unavailable: 'a backend service is unavailable, please retry later',
};

interface ParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

function fromParserError(error: ParserError): HttpProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpProblem(400, 'malformed_json', 'MALFORMED_JSON', 'the request body could not be parsed as JSON');
    case 'entity.too.large':
      return new HttpProblem(413, 'payload_too_large', 'PAYLOAD_TOO_LARGE', 'the request body exceeds the size limit');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(415, 'unsupported_media_type', 'UNSUPPORTED_ENCODING', error.message ?? 'unsupported encoding');
  }
  if (error.expose && typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new HttpProblem(error.status, 'invalid_argument', 'BAD_REQUEST', error.message ?? 'bad request');
  }
  return undefined;
}

function kebab(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** Marks the `errors` entry that carries a service's own (English) message when `detail` was localised. */
export const SERVICE_DETAIL_RULE = 'service_detail';

/**
 * `detail` reads in the chosen language when the reason has a localised text; the service's message,
 * which may name ids or statuses, then moves to `errors` unless field violations already say it.
 */
function fromDomainError(error: DomainError, locale: Locale): Pick<ProblemDocument, 'detail' | 'errors'> {
  const violations = error.violations.map((v) => ({ field: v.field, rule: v.rule, message: v.message ?? v.rule }));
  const generic = GENERIC_DETAIL[error.kind];
  const localised = generic ? undefined : problemDetail(error.reason, locale);
  if (localised && !violations.length && error.message) {
    violations.push({ field: '', rule: SERVICE_DETAIL_RULE, message: error.message });
  }
  return { detail: generic ?? localised ?? error.message, ...(violations.length ? { errors: violations } : {}) };
}

/** Maps anything thrown while serving a request to a problem document; unknown errors become a bare 500. */
export function toProblem(error: unknown, locale: Locale, instance: string, correlationId?: string): ProblemDocument {
  const base = { instance, ...(correlationId ? { correlationId } : {}) };
  if (error instanceof DomainError) {
    const { detail, errors } = fromDomainError(error, locale);
    return {
      type: `urn:hr:problem:${kebab(error.kind)}`,
      title: problemTitle(error.kind, locale),
      status: KIND_TO_STATUS[error.kind] ?? 500,
      detail,
      reason: error.reason,
      ...base,
      ...(errors ? { errors } : {}),
    };
  }
  const http = error instanceof HttpProblem ? error : error && typeof error === 'object' ? fromParserError(error) : undefined;
  if (http) {
    return {
      type: `urn:hr:problem:${kebab(http.titleKey)}`,
      title: problemTitle(http.titleKey, locale),
      status: http.status,
      detail: http.message,
      reason: http.reason,
      ...base,
      ...(http.violations?.length ? { errors: http.violations } : {}),
    };
  }
  return {
    type: 'urn:hr:problem:internal',
    title: problemTitle('internal', locale),
    status: 500,
    detail: GENERIC_DETAIL.internal!,
    reason: 'INTERNAL',
    ...base,
  };
}
