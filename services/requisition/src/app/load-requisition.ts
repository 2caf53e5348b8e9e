import { DomainError, Principal } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { mayView } from '../domain/requisition-access';
import type { RequisitionDeps } from './ports';

/** Loads a requisition the caller may see; others get the same 404 as a missing one (no probing). */
export async function loadVisibleRequisition(deps: RequisitionDeps, id: string, principal: Principal): Promise<Requisition> {
  const requisition = await deps.requisitions.get(id);
  if (!requisition || !mayView(principal, requisition)) throw DomainError.notFound('REQUISITION_NOT_FOUND', id);
  return requisition;
}
