import { requisitionV1 } from '@hr/contracts';
import type { Position, PositionDetails } from '../domain/position';
import type { HiringReason, Requisition, Urgency } from '../domain/requisition';
import type { RequisitionInput } from '../app/create-requisition';

type ProtoRequisition = requisitionV1.Requisition;

/** fromPartial fills every field the encoder needs, so a missing optional never breaks serialisation. */
export function toProtoRequisition(req: Requisition): ProtoRequisition {
  const approval = req.approval;
  return requisitionV1.Requisition.fromPartial({
    id: req.id,
    number: req.number,
    positionId: req.positionId,
    positionTitle: req.positionTitle,
    departmentId: req.departmentId,
    headcount: req.headcount,
    hiredCount: req.hiredCount,
    reason: req.reason,
    reasonNote: req.reasonNote ?? '',
    requirements: req.requirements ?? [],
    salary: req.salary,
    workLocation: req.workLocation,
    desiredStartDate: req.desiredStartDate ?? undefined,
    urgency: req.urgency,
    status: req.status,
    approval: approval && {
      round: approval.round,
      levelKeys: approval.levels.map((level) => level.key),
      current: approval.current,
      closed: approval.closed,
      history: approval.history.map((h) => ({ ...h, byName: h.byName ?? '', comment: h.comment ?? '' })),
    },
    responsibleRecruiterId: req.responsibleRecruiterId ?? '',
    helperRecruiterIds: req.helperRecruiterIds,
    createdBy: req.createdBy,
    createdAt: req.createdAt,
    updatedAt: req.updatedAt,
    openedAt: req.openedAt ?? undefined,
    closedAt: req.closedAt ?? undefined,
    closeReason: req.closeReason ?? '',
    version: req.version,
  });
}

export function fromProtoRequisitionInput(input: requisitionV1.RequisitionInput | undefined): RequisitionInput {
  return {
    positionId: input?.positionId ?? '',
    departmentId: input?.departmentId ?? '',
    headcount: input?.headcount ?? 0,
    reason: (input?.reason ?? '') as HiringReason,
    reasonNote: input?.reasonNote ?? '',
    requirements: input?.requirements ?? [],
    salary: {
      min: input?.salary?.min ?? '',
      max: input?.salary?.max ?? '',
      currency: input?.salary?.currency || 'CNY',
    },
    workLocation: input?.workLocation ?? '',
    desiredStartDate: input?.desiredStartDate,
    urgency: (input?.urgency || 'normal') as Urgency,
  };
}

export function toProtoPosition(position: Position): requisitionV1.Position {
  return requisitionV1.Position.fromPartial(position);
}

export function fromProtoPositionInput(input: requisitionV1.PositionInput | undefined): PositionDetails {
  return {
    title: input?.title ?? '',
    departmentId: input?.departmentId ?? '',
    level: input?.level ?? '',
    description: input?.description ?? '',
    defaultRequirements: input?.defaultRequirements ?? [],
    active: input?.active ?? true,
  };
}
