import type { LocalisedText } from './localised-text';
import { ACCESS_REASONS } from './reasons/access.reasons';
import { COMMON_REASONS } from './reasons/common.reasons';
import { HTTP_REASONS } from './reasons/http.reasons';
import { INTERVIEW_REASONS } from './reasons/interview.reasons';
import { NOT_FOUND_REASONS } from './reasons/not-found.reasons';
import { OFFER_REASONS } from './reasons/offer.reasons';
import { PIPELINE_REASONS } from './reasons/pipeline.reasons';

/**
 * Every reason the system can answer with (problem+json `reason`, gRPC `x-error-reason`), with what
 * a person reads for it in each language. DomainError takes only these, so a new code is added here.
 */
export const REASONS = {
  ...COMMON_REASONS,
  ...HTTP_REASONS,
  ...ACCESS_REASONS,
  ...PIPELINE_REASONS,
  ...INTERVIEW_REASONS,
  ...OFFER_REASONS,
  ...NOT_FOUND_REASONS,
} satisfies Record<string, LocalisedText>;

export type ReasonCode = keyof typeof REASONS;
export type NotFoundReason = keyof typeof NOT_FOUND_REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export function isReasonCode(value: string): value is ReasonCode {
  return Object.hasOwn(REASONS, value);
}
