import { CandidateArchived, CandidateBlacklisted, CandidateClassified, CandidateRestored, CandidateUnblacklisted, CandidateUpdated } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import { DomainError } from '@hr/workflow';
import type { Candidate, CandidateProfile } from '../domain/candidate';
import { assertMayBlacklist, assertMayLiftBlacklist, assertMayManageCandidates } from '../domain/candidate-access';
import { correctProfile } from '../domain/candidate-corrections';
import { assertLabels, assertProfileNames } from '../domain/profile-names';
import { StatusMove, classify, moveStatus } from '../domain/candidate-rules';
import { loadCandidate, saveCandidate } from './load-candidate';
import type { ResumeDeps } from './ports';
import { resumeEvent } from './resume-events';

export async function getCandidate(deps: ResumeDeps, id: string, principal: Principal): Promise<Candidate> {
  assertMayManageCandidates(principal);
  return loadCandidate(deps, id);
}

export async function updateCandidate(
  deps: ResumeDeps,
  input: { id: string; profile: Partial<CandidateProfile>; expectedVersion?: number },
  principal: Principal,
): Promise<Candidate> {
  assertMayManageCandidates(principal);
  assertProfileNames(input.profile);
  const current = await loadCandidate(deps, input.id);
  if (input.expectedVersion && input.expectedVersion !== current.version) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the candidate changed since it was read; reload and retry');
  }
  const now = deps.now();
  const { candidate, changedFields } = correctProfile(current, input.profile, principal, now);
  if (changedFields.length === 0) return current;
  const event = resumeEvent(CandidateUpdated, { candidateId: candidate.id, fields: changedFields }, principal, now);
  return saveCandidate(deps, candidate, [event]);
}

export async function classifyCandidate(
  deps: ResumeDeps,
  input: { id: string; tags: string[]; categories: string[] },
  principal: Principal,
): Promise<Candidate> {
  assertMayManageCandidates(principal);
  assertLabels('tags', input.tags);
  assertLabels('categories', input.categories);
  const now = deps.now();
  const candidate = classify(await loadCandidate(deps, input.id), input.tags, input.categories, now);
  const { tags, categories } = candidate;
  return saveCandidate(deps, candidate, [resumeEvent(CandidateClassified, { candidateId: candidate.id, tags, categories }, principal, now)]);
}

const MOVE_EVENTS: Record<StatusMove, (id: string, reason: string) => readonly [unknown, unknown]> = {
  archive: (id: string, reason: string) => [CandidateArchived, { candidateId: id, reason }] as const,
  restore: (id: string) => [CandidateRestored, { candidateId: id }] as const,
  blacklist: (id: string, reason: string) => [CandidateBlacklisted, { candidateId: id, reason }] as const,
  unblacklist: (id: string, reason: string) => [CandidateUnblacklisted, { candidateId: id, reason }] as const,
};

export async function changeCandidateStatus(
  deps: ResumeDeps,
  input: { id: string; move: StatusMove; reason?: string },
  principal: Principal,
): Promise<Candidate> {
  if (input.move === 'blacklist') assertMayBlacklist(principal);
  else if (input.move === 'unblacklist') assertMayLiftBlacklist(principal);
  else assertMayManageCandidates(principal);
  const now = deps.now();
  const candidate = moveStatus(await loadCandidate(deps, input.id), input.move, { reason: input.reason, principal, now });
  const [definition, data] = MOVE_EVENTS[input.move](candidate.id, input.reason?.trim() ?? '');
  return saveCandidate(deps, candidate, [resumeEvent(definition as never, data as never, principal, now)]);
}
