import { Principal, hasRole } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { seesEverything } from '../domain/requisition-access';
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
  const visibleTo = seesEverything(principal)
    ? undefined
    : { userId: principal.userId, departmentId: hasRole(principal, 'dept_manager') ? principal.departmentId : undefined };
  return deps.requisitions.list({ ...rest, visibleTo, awaitingApprover: awaitingMe ? principal : undefined }, page);
}
