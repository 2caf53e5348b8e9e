import { DomainError, Principal, assertNameText } from '@hr/workflow';
import { assertMayManageCandidates } from '../domain/candidate-access';

export interface SavedFilter {
  id: string;
  name: string;
  filter: Record<string, unknown>;
  ownerId: string;
  shared: boolean;
  createdAt: Date;
}

export interface SavedFilterRepository {
  create(filter: SavedFilter): Promise<void>;
  visibleTo(userId: string): Promise<SavedFilter[]>;
  get(id: string): Promise<SavedFilter | undefined>;
  delete(id: string): Promise<void>;
}

export async function saveFilter(
  repo: SavedFilterRepository,
  input: { id: string; name: string; filter: Record<string, unknown>; shared: boolean; now: Date },
  principal: Principal,
): Promise<SavedFilter> {
  assertMayManageCandidates(principal);
  const name = input.name.trim();
  if (!name) throw DomainError.invalid('name', 'required');
  assertNameText('name', name);
  const saved = { id: input.id, name, filter: input.filter, shared: input.shared, ownerId: principal.userId, createdAt: input.now };
  await repo.create(saved);
  return saved;
}

export async function listSavedFilters(repo: SavedFilterRepository, principal: Principal): Promise<SavedFilter[]> {
  assertMayManageCandidates(principal);
  return repo.visibleTo(principal.userId);
}

/** Only the owner removes a filter, shared or not. */
export async function deleteSavedFilter(repo: SavedFilterRepository, id: string, principal: Principal): Promise<void> {
  assertMayManageCandidates(principal);
  const filter = await repo.get(id);
  if (!filter || (filter.ownerId !== principal.userId && !filter.shared)) throw DomainError.notFound('SAVED_FILTER_NOT_FOUND', id);
  if (filter.ownerId !== principal.userId) throw DomainError.forbidden('NOT_OWNER', 'only its owner may delete a saved filter');
  await repo.delete(id);
}
