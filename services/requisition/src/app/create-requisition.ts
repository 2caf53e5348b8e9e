import { RequisitionCreated } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Requisition, RequisitionDetails } from '../domain/requisition';
import { draftRequisition } from '../domain/requisition-lifecycle';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

export type RequisitionInput = Omit<RequisitionDetails, 'positionTitle'>;

/** Fills in the position's title (and checks it exists and is active) for a requisition's details. */
export async function withPosition(deps: RequisitionDeps, input: RequisitionInput): Promise<RequisitionDetails> {
  const position = input.positionId ? await deps.positions.get(input.positionId) : undefined;
  if (!position || !position.active) {
    throw DomainError.invalid('positionId', 'exists', { id: input.positionId });
  }
  return { ...input, positionTitle: position.title };
}

export async function createRequisition(deps: RequisitionDeps, input: RequisitionInput, principal: Principal): Promise<Requisition> {
  const now = deps.now();
  const details = await withPosition(deps, input);
  const draft = draftRequisition({ id: deps.newId(), number: '', details, principal, now });
  const requisition = { ...draft, number: await deps.requisitions.nextNumber(now) };
  const event = requisitionEvent(
    RequisitionCreated,
    { ...requisitionRef(requisition), positionId: requisition.positionId, headcount: requisition.headcount },
    principal,
    now,
  );
  return deps.requisitions.save(requisition, [event]);
}
