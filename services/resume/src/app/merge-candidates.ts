import { CandidateMerged } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Candidate } from '../domain/candidate';
import { assertMayManageCandidates } from '../domain/candidate-access';
import { mergeCandidates as merge } from '../domain/candidate-merge';
import { loadCandidate } from './load-candidate';
import type { MergeSuggestion, Page, ResumeDeps } from './ports';
import { resumeEvent } from './resume-events';

/**
 * Folds the source record into the target. The source is written last: if the process dies between
 * the writes, the source is still active and the merge can simply be repeated.
 */
export async function mergeCandidates(deps: ResumeDeps, input: { targetId: string; sourceId: string }, principal: Principal): Promise<Candidate> {
  assertMayManageCandidates(principal);
  const now = deps.now();
  const [target, source] = [await loadCandidate(deps, input.targetId), await loadCandidate(deps, input.sourceId)];
  const merged = merge(target, source, principal, now);
  const event = resumeEvent(CandidateMerged, { candidateId: target.id, mergedCandidateId: source.id }, principal, now);
  const saved = await deps.candidates.save(merged.target, [event]);
  await deps.applications.reassign(source.id, target.id);
  await deps.texts.reassign(source.id, target.id);
  await deps.candidates.save(merged.source, []);
  await deps.search.refresh(target.id).catch(() => undefined);
  await deps.search.refresh(source.id).catch(() => undefined);
  return saved;
}

export async function resolveMergeSuggestion(
  deps: ResumeDeps,
  input: { id: string; accept: boolean },
  principal: Principal,
): Promise<{ suggestion: MergeSuggestion; candidate?: Candidate }> {
  assertMayManageCandidates(principal);
  const suggestion = await deps.suggestions.get(input.id);
  if (!suggestion) throw DomainError.notFound('MERGE_SUGGESTION_NOT_FOUND', input.id);
  if (suggestion.status !== 'open') throw DomainError.conflict('SUGGESTION_RESOLVED', `the suggestion is already ${suggestion.status}`);
  const status = input.accept ? 'accepted' : 'dismissed';
  const candidate = input.accept
    ? await mergeCandidates(deps, { targetId: suggestion.duplicateOfId, sourceId: suggestion.candidateId }, principal)
    : undefined;
  const now = deps.now();
  if (!(await deps.suggestions.resolve(input.id, status, principal.userId, now))) {
    throw DomainError.conflict('SUGGESTION_RESOLVED', 'the suggestion was resolved by someone else');
  }
  return { suggestion: { ...suggestion, status, resolvedBy: principal.userId, resolvedAt: now }, candidate };
}

export function listMergeSuggestions(deps: ResumeDeps, status: string | undefined, page: Page, principal: Principal) {
  assertMayManageCandidates(principal);
  return deps.suggestions.list(status || undefined, page);
}
