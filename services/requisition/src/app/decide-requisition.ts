import {
  EventEnvelope,
  RequisitionApproved,
  RequisitionLevelApproved,
  RequisitionPublished,
  RequisitionRejected,
} from '@hr/contracts';
import { ApprovalOutcome, DomainError, Principal, currentLevel } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';
import { decideRequisition as decide } from '../domain/requisition-lifecycle';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

export async function decideRequisition(
  deps: RequisitionDeps,
  input: { id: string; decision: 'approved' | 'rejected'; comment?: string },
  principal: Principal,
): Promise<Requisition> {
  const now = deps.now();
  // Approvers outside the department still learn the requisition exists: they get 403, not 404.
  const current = await deps.requisitions.get(input.id);
  if (!current) throw DomainError.notFound('REQUISITION_NOT_FOUND', input.id);
  const levelKey = current.approval ? currentLevel(current.approval)?.key ?? '' : '';
  const { requisition, outcome } = decide(current, { ...input, principal, now });
  return deps.requisitions.save(requisition, decisionEvents(requisition, outcome, { levelKey, principal, now, comment: input.comment }));
}

function decisionEvents(
  requisition: Requisition,
  outcome: ApprovalOutcome,
  context: { levelKey: string; principal: Principal; now: Date; comment?: string },
): EventEnvelope[] {
  const { levelKey, principal, now } = context;
  const ref = requisitionRef(requisition);
  const by = principal.userId;
  if (outcome === 'advanced') {
    const awaitingLevel = currentLevel(requisition.approval!)?.key ?? '';
    return [requisitionEvent(RequisitionLevelApproved, { ...ref, levelKey, approvedBy: by, awaitingLevel }, principal, now)];
  }
  if (outcome === 'approved') {
    const { positionId, positionTitle, headcount, urgency } = requisition;
    return [
      requisitionEvent(RequisitionApproved, { ...ref, levelKey, approvedBy: by }, principal, now),
      requisitionEvent(RequisitionPublished, { ...ref, positionId, positionTitle, headcount, urgency }, principal, now),
    ];
  }
  const comment = context.comment ?? '';
  return [requisitionEvent(RequisitionRejected, { ...ref, levelKey, rejectedBy: by, comment }, principal, now)];
}
