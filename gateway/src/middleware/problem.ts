import { DomainError, ErrorKind, FieldViolation, ReasonCode, TextParams } from '@hr/platform';
import { REASONS, isReasonCode, renderText, renderViolation } from '@hr/workflow';
import { Locale, TitleKey, problemTitle } from '../i18n/messages';

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

/**
 * Failures that are about HTTP itself rather than the domain (bad JSON, unknown route, throttling).
 * The message is the English account for logs; people read the reason's text.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: TitleKey,
    readonly reason: ReasonCode,
    message: string,
    readonly violations: FieldViolation[] = [],
    readonly params: TextParams = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** 5xx never tell what broke inside (addresses, stack traces): one text per kind. */
const HIDDEN: Partial<Record<ErrorKind, ReasonCode>> = { internal: 'INTERNAL', unavailable: 'UNAVAILABLE' };

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

interface Refusal {
  reason: ReasonCode;
  violations: FieldViolation[];
  params: TextParams;
}

/**
 * `detail` is the reason's text and each `errors[].message` its rule's, in the reader's language; the
 * thrower's English message stays in the logs. A reason this build does not know reads as its title.
 */
function localise(refusal: Refusal, locale: Locale, title: string): Pick<ProblemDocument, 'detail' | 'errors'> {
  // The fields as the request named them (a route may have renamed a service's), when there are any.
  const fields = [...new Set(refusal.violations.map((v) => v.field))];
  const params = fields.length ? { ...refusal.params, fields } : refusal.params;
  const detail = isReasonCode(refusal.reason) ? renderText(REASONS[refusal.reason], locale, params) : title;
  const errors = refusal.violations.map((v) => ({ field: v.field, rule: v.rule, message: renderViolation(v, locale) }));
  return { detail, ...(errors.length ? { errors } : {}) };
}

/** Maps anything thrown while serving a request to a problem document; unknown errors become a bare 500. */
export function toProblem(error: unknown, locale: Locale, instance: string, correlationId?: string): ProblemDocument {
  const base = { instance, ...(correlationId ? { correlationId } : {}) };
  if (error instanceof DomainError) {
    const hidden = HIDDEN[error.kind];
    const title = problemTitle(error.kind, locale);
    const refusal = hidden ? { reason: hidden, violations: [], params: {} } : error;
    return {
      type: `urn:hr:problem:${kebab(error.kind)}`,
      title,
      status: KIND_TO_STATUS[error.kind] ?? 500,
      ...localise(refusal, locale, title),
      reason: error.reason,
      ...base,
    };
  }
  const http = error instanceof HttpProblem ? error : error && typeof error === 'object' ? fromParserError(error) : undefined;
  if (http) {
    const title = problemTitle(http.titleKey, locale);
    return { type: `urn:hr:problem:${kebab(http.titleKey)}`, title, status: http.status, ...localise(http, locale, title), reason: http.reason, ...base };
  }
  const title = problemTitle('internal', locale);
  return { type: 'urn:hr:problem:internal', title, status: 500, ...localise({ reason: 'INTERNAL', violations: [], params: {} }, locale, title), reason: 'INTERNAL', ...base };
}
