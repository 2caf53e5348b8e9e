import { Principal, hasRole, hasScope } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { PUBLISHED_STATUSES, seesEverything } from '../domain/requisition-access';
import { loadVisibleRequisition } from './load-requisition';
import type { Page, RequisitionDeps, RequisitionFilter } from './ports';

export function getRequisition(deps: RequisitionDeps, id: string, principal: Principal): Promise<Requisition> {
  return loadVisibleRequisition(deps, id, principal);
}

export function listRequisitions(
  deps: RequisitionDeps,
  filter: Omit<RequisitionFilter, 'visibleTo'> & { awaitingMe?: boolean },
  page: Page,
  principal: Principal,
): Promise<{ items: Requisition[]; total: number }> {
  const { awaitingMe, ...rest } = filter;
  if (!seesEverything(principal) && hasScope(principal, 'requisitions:read')) {
    // Third parties and other services read published demands only, never drafts or approvals.
    const wanted = rest.statuses?.length ? rest.statuses : [...PUBLISHED_STATUSES];
    const statuses = wanted.filter((s) => (PUBLISHED_STATUSES as readonly string[]).includes(s));
    if (statuses.length === 0) return Promise.resolve({ items: [], total: 0 });
    return deps.requisitions.list({ ...rest, statuses }, page);
  }
  const visibleTo = seesEverything(principal)
    ? undefined
    : { userId: principal.userId, departmentId: hasRole(principal, 'dept_manager') ? principal.departmentId : undefined };
  return deps.requisitions.list({ ...rest, visibleTo, awaitingApprover: awaitingMe ? principal : undefined }, page);
}
