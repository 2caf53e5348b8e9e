import {
  ApprovalLevel,
  ApprovalOutcome,
  DomainError,
  Principal,
  decide,
  startApproval,
} from '@hr/workflow';
import { Requisition, RequisitionDetails, RequisitionStatus } from './requisition';
import { mayAssign, mayChangeHiringStatus, mayCreateFor, mayEdit } from './requisition-access';
import { EDITABLE_STATUSES, requisitionStatus } from './requisition-status';
import { validateDetails } from './requisition-validation';

function moveTo(req: Requisition, to: RequisitionStatus, by: string, now: Date, comment?: string): Requisition {
  requisitionStatus.assert(req.status, to);
  const change = { from: req.status, to, by, at: now, comment };
  return { ...req, status: to, statusHistory: [...req.statusHistory, change], updatedAt: now };
}

function deny(action: string): never {
  throw DomainError.forbidden('REQUISITION_FORBIDDEN', `you may not ${action} this requisition`);
}

export function draftRequisition(input: {
  id: string;
  number: string;
  details: RequisitionDetails;
  principal: Principal;
  now: Date;
}): Requisition {
  const details = validateDetails(input.details);
  if (!mayCreateFor(input.principal, details.departmentId)) deny('create');
  return {
    ...details,
    id: input.id,
    number: input.number,
    status: 'draft',
    helperRecruiterIds: [],
    hiredCount: 0,
    statusHistory: [],
    createdBy: input.principal.userId,
    createdAt: input.now,
    updatedAt: input.now,
    version: 0,
  };
}

export function reviseRequisition(req: Requisition, details: RequisitionDetails, principal: Principal, now: Date): Requisition {
  if (!mayEdit(principal, req)) deny('edit');
  if (!EDITABLE_STATUSES.includes(req.status)) {
    throw DomainError.conflict('REQUISITION_NOT_EDITABLE', `a ${req.status} requisition cannot be edited`);
  }
  if (details.departmentId !== req.departmentId && !mayCreateFor(principal, details.departmentId)) deny('move');
  return { ...req, ...validateDetails(details), updatedAt: now };
}

export function submitRequisition(req: Requisition, levels: ApprovalLevel[], principal: Principal, now: Date): Requisition {
  if (!mayEdit(principal, req)) deny('submit');
  const moved = moveTo(req, 'pending_approval', principal.userId, now);
  return { ...moved, approval: startApproval(levels, { departmentId: req.departmentId }, req.approval) };
}

export function decideRequisition(
  req: Requisition,
  input: { decision: 'approved' | 'rejected'; comment?: string; principal: Principal; now: Date },
): { requisition: Requisition; outcome: ApprovalOutcome } {
  if (req.status !== 'pending_approval' || !req.approval) {
    throw DomainError.conflict('NOT_PENDING_APPROVAL', `the requisition is ${req.status}, not pending approval`);
  }
  const { principal, now } = input;
  const result = decide(req.approval, { ...input, subject: { departmentId: req.departmentId } });
  let requisition: Requisition = { ...req, approval: result.progress, updatedAt: now };
  if (result.outcome === 'rejected') requisition = moveTo(requisition, 'rejected', principal.userId, now, input.comment);
  if (result.outcome === 'approved') {
    // The last approval publishes the requisition as an open hiring demand at once.
    requisition = moveTo(requisition, 'approved', principal.userId, now, input.comment);
    requisition = { ...moveTo(requisition, 'open', principal.userId, now), openedAt: now };
  }
  return { requisition, outcome: result.outcome };
}

export function assignRecruiters(
  req: Requisition,
  input: { responsibleRecruiterId: string; helperRecruiterIds: string[]; principal: Principal; now: Date },
): Requisition {
  if (!mayAssign(input.principal)) deny('assign recruiters to');
  if (!['open', 'paused', 'approved'].includes(req.status)) {
    throw DomainError.conflict('REQUISITION_NOT_OPEN', `recruiters are assigned to open requisitions, this one is ${req.status}`);
  }
  if (!input.responsibleRecruiterId) throw DomainError.invalid('responsibleRecruiterId', 'required');
  const helpers = [...new Set(input.helperRecruiterIds)].filter((id) => id && id !== input.responsibleRecruiterId);
  return { ...req, responsibleRecruiterId: input.responsibleRecruiterId, helperRecruiterIds: helpers, updatedAt: input.now };
}

export function changeHiringStatus(
  req: Requisition,
  input: { to: 'paused' | 'open' | 'closed'; comment?: string; principal: Principal; now: Date },
): Requisition {
  if (!mayChangeHiringStatus(input.principal, req)) deny(input.to === 'closed' ? 'close' : 'change');
  if (input.to === 'closed' && !input.comment?.trim()) throw DomainError.invalid('reason', 'required');
  const moved = moveTo(req, input.to, input.principal.userId, input.now, input.comment);
  if (input.to === 'closed') return { ...moved, closedAt: input.now, closeReason: input.comment?.trim() };
  return moved;
}

/** A hire made against the requisition; reaching the headcount fills an open requisition. */
export function recordHire(req: Requisition, now: Date): { requisition: Requisition; filled: boolean } {
  const hired = { ...req, hiredCount: req.hiredCount + 1, updatedAt: now };
  if (hired.status === 'open' && hired.hiredCount >= hired.headcount) {
    return { requisition: moveTo(hired, 'filled', 'system', now), filled: true };
  }
  return { requisition: hired, filled: false };
}
