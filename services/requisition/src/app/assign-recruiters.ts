import { RecruitersAssigned } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { assignRecruiters as assign } from '../domain/requisition-lifecycle';
import { loadVisibleRequisition } from './load-requisition';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

export async function assignRecruiters(
  deps: RequisitionDeps,
  input: { id: string; responsibleRecruiterId: string; helperRecruiterIds: string[] },
  principal: Principal,
): Promise<Requisition> {
  const now = deps.now();
  const current = await loadVisibleRequisition(deps, input.id, principal);
  const requisition = assign(current, { ...input, principal, now });
  const event = requisitionEvent(
    RecruitersAssigned,
    {
      ...requisitionRef(requisition),
      responsibleRecruiterId: requisition.responsibleRecruiterId!,
      helperRecruiterIds: requisition.helperRecruiterIds,
    },
    principal,
    now,
  );
  return deps.requisitions.save(requisition, [event]);
}
