import { DomainError, Principal } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { reviseRequisition } from '../domain/requisition-lifecycle';
import { RequisitionInput, withPosition } from './create-requisition';
import { loadVisibleRequisition } from './load-requisition';
import type { RequisitionDeps } from './ports';

export async function updateRequisition(
  deps: RequisitionDeps,
  id: string,
  input: RequisitionInput,
  principal: Principal,
  expectedVersion = 0,
): Promise<Requisition> {
  const current = await loadVisibleRequisition(deps, id, principal);
  if (expectedVersion > 0 && expectedVersion !== current.version) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the requisition changed since it was read; reload and retry');
  }
  const details = await withPosition(deps, input);
  return deps.requisitions.save(reviseRequisition(current, details, principal, deps.now()), []);
}
