import { RequisitionClosed, RequisitionPaused, RequisitionReopened } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { changeHiringStatus as change } from '../domain/requisition-lifecycle';
import { loadVisibleRequisition } from './load-requisition';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

export async function changeHiringStatus(
  deps: RequisitionDeps,
  input: { id: string; to: 'paused' | 'open' | 'closed'; comment?: string },
  principal: Principal,
): Promise<Requisition> {
  const now = deps.now();
  const requisition = change(await loadVisibleRequisition(deps, input.id, principal), { ...input, principal, now });
  const ref = requisitionRef(requisition);
  const event =
    input.to === 'closed'
      ? requisitionEvent(RequisitionClosed, { ...ref, reason: requisition.closeReason ?? '' }, principal, now)
      : input.to === 'paused'
        ? requisitionEvent(RequisitionPaused, { ...ref, comment: input.comment }, principal, now)
        : requisitionEvent(RequisitionReopened, { ...ref, comment: input.comment }, principal, now);
  return deps.requisitions.save(requisition, [event]);
}
