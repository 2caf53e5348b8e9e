import { DomainError } from '@hr/workflow';
import type { Candidate } from '../domain/candidate';
import type { ResumeDeps } from './ports';

export async function loadCandidate(deps: ResumeDeps, id: string): Promise<Candidate> {
  const candidate = await deps.candidates.get(id);
  if (!candidate) throw DomainError.notFound('CANDIDATE_NOT_FOUND', id);
  return candidate;
}

/** Saves, then brings the search document up to date (the consumed event repeats it after a crash). */
export async function saveCandidate(deps: ResumeDeps, candidate: Candidate, events: Parameters<ResumeDeps['candidates']['save']>[1]) {
  const saved = await deps.candidates.save(candidate, events);
  await deps.search.refresh(saved.id).catch(() => undefined);
  return saved;
}
