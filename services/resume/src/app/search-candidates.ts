import type { Principal } from '@hr/workflow';
import type { Candidate } from '../domain/candidate';
import { assertMayManageCandidates } from '../domain/candidate-access';
import type { CandidateSearchIndex, CandidateSearchQuery, ResumeDeps } from './ports';

/** Finds ids in the search index, then loads the candidates in the index's order. */
export async function searchCandidates(
  deps: ResumeDeps & { index: CandidateSearchIndex },
  query: CandidateSearchQuery,
  principal: Principal,
): Promise<{ items: Candidate[]; total: number }> {
  assertMayManageCandidates(principal);
  const { ids, total } = await deps.index.search(query);
  const byId = new Map((await deps.candidates.getMany(ids)).map((c) => [c.id, c]));
  return { items: ids.map((id) => byId.get(id)).filter((c): c is Candidate => c !== undefined), total };
}
