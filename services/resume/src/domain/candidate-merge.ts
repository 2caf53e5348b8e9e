import { DomainError, Principal } from '@hr/workflow';
import type { Candidate, CandidateProfile } from './candidate';
import { assertUsable } from './candidate-rules';

const union = <T>(a: T[], b: T[], key: (item: T) => string = String): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)))];
};

/**
 * The same person recorded twice: the target keeps its own values and gains everything the source
 * had (contacts, resumes, tags, references); the source stays as a pointer so old links still resolve.
 */
export function mergeCandidates(
  target: Candidate,
  source: Candidate,
  principal: Principal,
  now: Date,
): { target: Candidate; source: Candidate } {
  if (target.id === source.id) throw DomainError.invalid('sourceId', 'not_self');
  assertUsable(target);
  assertUsable(source);
  const profile: Record<string, unknown> = { ...source.profile };
  for (const [key, value] of Object.entries(target.profile)) {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) profile[key] = value;
  }
  const blacklisted = target.status === 'blacklisted' || source.status === 'blacklisted';
  const mergedTarget: Candidate = {
    ...target,
    profile: profile as unknown as CandidateProfile,
    phones: union(target.phones, source.phones),
    emails: union(target.emails, source.emails),
    tags: union(target.tags, source.tags),
    categories: union(target.categories, source.categories),
    resumes: union(target.resumes, source.resumes, (r) => r.id),
    corrections: [...target.corrections, ...source.corrections],
    externalRefs: union(target.externalRefs, source.externalRefs, (r) => `${r.source}|${r.externalId}`),
    // A blacklist on either record must survive the merge.
    status: blacklisted ? 'blacklisted' : target.status,
    statusHistory: blacklisted && target.status !== 'blacklisted' ? [...target.statusHistory, ...source.statusHistory.slice(-1)] : target.statusHistory,
    updatedAt: now,
  };
  const mergedSource: Candidate = {
    ...source,
    status: 'merged',
    mergedInto: target.id,
    statusHistory: [...source.statusHistory, { status: 'merged', reason: `merged into ${target.id}`, by: principal.userId, at: now }],
    updatedAt: now,
  };
  return { target: mergedTarget, source: mergedSource };
}
