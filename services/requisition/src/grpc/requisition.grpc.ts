import { requisitionV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { assignRecruiters } from '../app/assign-recruiters';
import { changeHiringStatus } from '../app/change-hiring-status';
import { createRequisition } from '../app/create-requisition';
import { decideRequisition } from '../app/decide-requisition';
import { createPosition, getPosition, listPositions, updatePosition } from '../app/manage-positions';
import type { RequisitionDeps } from '../app/ports';
import { getRequisition, listRequisitions } from '../app/query-requisitions';
import { submitRequisition } from '../app/submit-requisition';
import { updateRequisition } from '../app/update-requisition';
import type { RequisitionStatus } from '../domain/requisition';
import {
  fromProtoPositionInput,
  fromProtoRequisitionInput,
  toProtoPosition,
  toProtoRequisition,
} from './requisition.mapper';

type R = requisitionV1.Requisition;
const one = (requisition: Parameters<typeof toProtoRequisition>[0]): { requisition: R } => ({
  requisition: toProtoRequisition(requisition),
});

/** Maps each RPC to its use case; every call acts for the principal the gateway signed. */
export function requisitionHandlers(deps: RequisitionDeps) {
  return {
    createPosition: async (req: requisitionV1.CreatePositionRequest, call: CallInfo) => ({
      position: toProtoPosition(await createPosition(deps, fromProtoPositionInput(req.position), requirePrincipal(call))),
    }),
    updatePosition: async (req: requisitionV1.UpdatePositionRequest, call: CallInfo) => ({
      position: toProtoPosition(await updatePosition(deps, req.id, fromProtoPositionInput(req.position), requirePrincipal(call))),
    }),
    getPosition: async (req: requisitionV1.GetPositionRequest, call: CallInfo) => {
      requirePrincipal(call);
      return { position: toProtoPosition(await getPosition(deps, req.id)) };
    },
    listPositions: async (req: requisitionV1.ListPositionsRequest, call: CallInfo) => {
      requirePrincipal(call);
      const page = pageRequest(req.page);
      const result = await listPositions(deps, { departmentId: req.departmentId, active: req.active, query: req.query }, page);
      return { positions: result.items.map(toProtoPosition), page: { ...page, total: result.total } };
    },
    createRequisition: async (req: requisitionV1.CreateRequisitionRequest, call: CallInfo) =>
      one(await createRequisition(deps, fromProtoRequisitionInput(req.requisition), requirePrincipal(call))),
    updateRequisition: async (req: requisitionV1.UpdateRequisitionRequest, call: CallInfo) =>
      one(
        await updateRequisition(deps, req.id, fromProtoRequisitionInput(req.requisition), requirePrincipal(call), req.expectedVersion),
      ),
    getRequisition: async (req: requisitionV1.GetRequisitionRequest, call: CallInfo) =>
      one(await getRequisition(deps, req.id, requirePrincipal(call))),
    listRequisitions: async (req: requisitionV1.ListRequisitionsRequest, call: CallInfo) => {
      const principal = requirePrincipal(call);
      const page = pageRequest(req.page);
      const filter = {
        statuses: req.statuses as RequisitionStatus[],
        departmentId: req.departmentId,
        positionId: req.positionId,
        recruiterId: req.recruiterId,
        urgency: req.urgency,
        awaitingMe: req.awaitingApprover === principal.userId,
      };
      const result = await listRequisitions(deps, filter, page, principal);
      return { requisitions: result.items.map(toProtoRequisition), page: { ...page, total: result.total } };
    },
    submitRequisition: async (req: requisitionV1.SubmitRequisitionRequest, call: CallInfo) =>
      one(await submitRequisition(deps, req.id, requirePrincipal(call))),
    approveRequisition: async (req: requisitionV1.ApproveRequisitionRequest, call: CallInfo) =>
      one(await decideRequisition(deps, { id: req.id, decision: 'approved', comment: req.comment }, requirePrincipal(call))),
    rejectRequisition: async (req: requisitionV1.RejectRequisitionRequest, call: CallInfo) =>
      one(await decideRequisition(deps, { id: req.id, decision: 'rejected', comment: req.comment }, requirePrincipal(call))),
    assignRecruiters: async (req: requisitionV1.AssignRecruitersRequest, call: CallInfo) =>
      one(await assignRecruiters(deps, req, requirePrincipal(call))),
    pauseRequisition: async (req: requisitionV1.PauseRequisitionRequest, call: CallInfo) =>
      one(await changeHiringStatus(deps, { id: req.id, to: 'paused', comment: req.comment }, requirePrincipal(call))),
    reopenRequisition: async (req: requisitionV1.ReopenRequisitionRequest, call: CallInfo) =>
      one(await changeHiringStatus(deps, { id: req.id, to: 'open', comment: req.comment }, requirePrincipal(call))),
    closeRequisition: async (req: requisitionV1.CloseRequisitionRequest, call: CallInfo) =>
      one(await changeHiringStatus(deps, { id: req.id, to: 'closed', comment: req.reason }, requirePrincipal(call))),
  };
}
