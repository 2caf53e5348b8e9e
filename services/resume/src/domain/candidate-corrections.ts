import type { Principal } from '@hr/workflow';
import type { Candidate, CandidateProfile, Correction } from './candidate';
import { assertUsable, contactsOf, normalizeProfile } from './candidate-rules';

const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * HR's corrections replace the parsed values; each changed field is kept with who, when, before and
 * after, so a wrong parse can be told from a wrong correction.
 */
export function correctProfile(
  candidate: Candidate,
  patch: Partial<CandidateProfile>,
  principal: Principal,
  now: Date,
): { candidate: Candidate; changedFields: string[] } {
  assertUsable(candidate);
  const next = normalizeProfile({ ...candidate.profile, ...patch });
  const corrections: Correction[] = [];
  for (const field of Object.keys(patch) as (keyof CandidateProfile)[]) {
    const from = asText(candidate.profile[field]);
    const to = asText(next[field]);
    if (from !== to) corrections.push({ field, from, to, by: principal.userId, at: now });
  }
  if (corrections.length === 0) return { candidate, changedFields: [] };
  const contacts = contactsOf(next);
  return {
    candidate: {
      ...candidate,
      profile: next,
      phones: [...new Set([...contacts.phones, ...candidate.phones])],
      emails: [...new Set([...contacts.emails, ...candidate.emails])],
      needsManualEntry: candidate.needsManualEntry && !next.name,
      corrections: [...candidate.corrections, ...corrections],
      updatedAt: now,
    },
    changedFields: corrections.map((c) => c.field),
  };
}
