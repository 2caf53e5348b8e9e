import type { requisitionV1 } from '@hr/contracts';
import type { z } from 'zod';
import type { createRequisitionBody, patchRequisitionBody } from './schemas/requisition.schemas';

type CreateBody = z.output<typeof createRequisitionBody>;
type PatchBody = z.output<typeof patchRequisitionBody>;

/** A date-only value as midnight UTC: the calendar day the manager picked, whatever the server's zone. */
export function dateOnly(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function toRequisitionInput(body: CreateBody): requisitionV1.RequisitionInput {
  return {
    positionId: body.positionId,
    departmentId: body.departmentId,
    headcount: body.headcount,
    reason: body.reason,
    reasonNote: body.reasonNote ?? '',
    requirements: body.requirements,
    salary: body.salary,
    workLocation: body.workLocation,
    desiredStartDate: dateOnly(body.desiredStartDate),
    urgency: body.urgency,
  };
}

/** The proto update carries the whole input, so a PATCH is applied over the current values. */
export function mergeRequisitionInput(current: requisitionV1.Requisition, patch: PatchBody): requisitionV1.RequisitionInput {
  return {
    positionId: patch.positionId ?? current.positionId,
    departmentId: patch.departmentId ?? current.departmentId,
    headcount: patch.headcount ?? current.headcount,
    reason: patch.reason ?? current.reason,
    reasonNote: patch.reasonNote ?? current.reasonNote,
    requirements: patch.requirements ?? current.requirements,
    salary: patch.salary ?? current.salary,
    workLocation: patch.workLocation ?? current.workLocation,
    desiredStartDate: patch.desiredStartDate ? dateOnly(patch.desiredStartDate) : current.desiredStartDate,
    urgency: patch.urgency ?? current.urgency,
  };
}

export function mergePositionInput(
  current: requisitionV1.Position,
  patch: Partial<requisitionV1.PositionInput>,
): requisitionV1.PositionInput {
  const { title, departmentId, level, description, defaultRequirements, active } = current;
  return { title, departmentId, level, description, defaultRequirements, active, ...patch };
}
