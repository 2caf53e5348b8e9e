import { DomainError, TextParams, ViolationRule } from '@hr/workflow';
import { Criterion, MAX_RATING, MIN_RATING, VERDICTS } from './evaluation-criteria';
import type { EvaluationInput } from './evaluation';

export const MAX_TEXT_LENGTH = 4000;

function fail(field: string, rule: ViolationRule, params?: TextParams): never {
  throw DomainError.invalid(field, rule, params);
}

function validateRatings(ratings: Record<string, number> | undefined, criteria: readonly Criterion[]): Record<string, number> {
  const given = ratings ?? {};
  const known = new Set(criteria.map((c) => c.key));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) fail(`ratings.${key}`, 'unknown', { key });
  }
  const valid: Record<string, number> = {};
  for (const { key } of criteria) {
    const value = given[key];
    if (value === undefined || value === null) fail(`ratings.${key}`, 'required');
    if (!Number.isInteger(value) || value < MIN_RATING || value > MAX_RATING) {
      fail(`ratings.${key}`, 'range', { min: MIN_RATING, max: MAX_RATING });
    }
    valid[key] = value;
  }
  return valid;
}

function validateText(field: string, value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text.length > MAX_TEXT_LENGTH) fail(field, 'max_length', { max: MAX_TEXT_LENGTH });
  return text;
}

export function validateEvaluation(input: EvaluationInput, criteria: readonly Criterion[]): EvaluationInput {
  const ratings = validateRatings(input.ratings, criteria);
  if (!VERDICTS.includes(input.verdict)) fail('verdict', 'enum', { values: VERDICTS });
  const failReason = validateText('failReason', input.failReason);
  if (input.verdict === 'fail' && !failReason) fail('failReason', 'required');
  return {
    ratings,
    strengths: validateText('strengths', input.strengths),
    concerns: validateText('concerns', input.concerns),
    verdict: input.verdict,
    failReason: input.verdict === 'fail' ? failReason : undefined,
  };
}
