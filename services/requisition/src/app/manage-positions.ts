import { DomainError, Principal, hasRole } from '@hr/workflow';
import { Position, PositionDetails, validatePosition } from '../domain/position';
import type { Page, RequisitionDeps } from './ports';

function assertMayManage(principal: Principal): void {
  if (!hasRole(principal, 'hr', 'hr_manager', 'admin')) {
    throw DomainError.forbidden('POSITION_FORBIDDEN', 'only HR may manage the positions catalog');
  }
}

export async function createPosition(deps: RequisitionDeps, details: PositionDetails, principal: Principal): Promise<Position> {
  assertMayManage(principal);
  const now = deps.now();
  return deps.positions.create({ ...validatePosition(details), id: deps.newId(), createdAt: now, updatedAt: now });
}

export async function updatePosition(
  deps: RequisitionDeps,
  id: string,
  details: PositionDetails,
  principal: Principal,
): Promise<Position> {
  assertMayManage(principal);
  const updated = await deps.positions.update(id, validatePosition(details), deps.now());
  if (!updated) throw DomainError.notFound('POSITION_NOT_FOUND', id);
  return updated;
}

export async function getPosition(deps: RequisitionDeps, id: string): Promise<Position> {
  const position = await deps.positions.get(id);
  if (!position) throw DomainError.notFound('POSITION_NOT_FOUND', id);
  return position;
}

export function listPositions(
  deps: RequisitionDeps,
  filter: { departmentId?: string; active?: boolean; query?: string },
  page: Page,
) {
  return deps.positions.list(filter, page);
}
