import { RequisitionSubmitted } from '@hr/contracts';
import { Principal, currentLevel } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { submitRequisition as submit } from '../domain/requisition-lifecycle';
import { loadVisibleRequisition } from './load-requisition';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

export async function submitRequisition(deps: RequisitionDeps, id: string, principal: Principal): Promise<Requisition> {
  const now = deps.now();
  const submitted = submit(await loadVisibleRequisition(deps, id, principal), deps.approvalLevels, principal, now);
  const approval = submitted.approval!;
  const event = requisitionEvent(
    RequisitionSubmitted,
    { ...requisitionRef(submitted), round: approval.round, awaitingLevel: currentLevel(approval)?.key ?? '' },
    principal,
    now,
  );
  return deps.requisitions.save(submitted, [event]);
}
