import { assertRecruiters } from '../auth/recruiter-check';
import type { AnyRoute } from '../openapi/route-registry';
import { actionRouteFactory } from './action-routes';
import type { RouteDeps } from './route-deps';
import { assignBody, closeBody, optionalCommentBody, rejectBody, requisitionSchema } from './schemas/requisition.schemas';
import { REQUISITION_AUTHORS } from './requisitions.routes';

const DECIDERS = ['dept_manager', 'hr_manager', 'approver'] as const;
const OPERATORS = ['hr_manager', 'dept_manager'] as const;

const action = actionRouteFactory({ basePath: '/api/v1/requisitions', tags: ['requisitions'], entity: 'requisition', schema: requisitionSchema });

export function requisitionActionRoutes({ requisitions: client, users }: RouteDeps): AnyRoute[] {
  return [
    action({
      action: 'submit',
      operationId: 'submitRequisition',
      summary: 'Submit a draft for approval',
      roles: REQUISITION_AUTHORS,
      call: (id) => client.submitRequisition({ id }),
    }),
    action({
      action: 'approve',
      operationId: 'approveRequisition',
      summary: 'Approve at the current approval level',
      roles: DECIDERS,
      body: optionalCommentBody,
      call: (id, body) => client.approveRequisition({ id, comment: body.comment ?? '' }),
    }),
    action({
      action: 'reject',
      operationId: 'rejectRequisition',
      summary: 'Reject at the current approval level (comment required)',
      roles: DECIDERS,
      body: rejectBody,
      call: (id, body) => client.rejectRequisition({ id, comment: body.comment }),
    }),
    action({
      action: 'assign',
      operationId: 'assignRecruiters',
      summary: 'Assign the responsible recruiter and helpers (hr or hr_manager users)',
      roles: ['hr_manager'],
      body: assignBody,
      call: async (id, body) => {
        const helperRecruiterIds = await assertRecruiters(users, body.responsibleRecruiterId, body.helperRecruiterIds);
        return client.assignRecruiters({ id, responsibleRecruiterId: body.responsibleRecruiterId, helperRecruiterIds });
      },
    }),
    action({
      action: 'pause',
      operationId: 'pauseRequisition',
      summary: 'Pause an open requisition',
      roles: OPERATORS,
      body: optionalCommentBody,
      call: (id, body) => client.pauseRequisition({ id, comment: body.comment ?? '' }),
    }),
    action({
      action: 'reopen',
      operationId: 'reopenRequisition',
      summary: 'Reopen a paused requisition',
      roles: OPERATORS,
      body: optionalCommentBody,
      call: (id, body) => client.reopenRequisition({ id, comment: body.comment ?? '' }),
    }),
    action({
      action: 'close',
      operationId: 'closeRequisition',
      summary: 'Close a requisition (reason required)',
      roles: OPERATORS,
      body: closeBody,
      call: (id, body) => client.closeRequisition({ id, reason: body.reason }),
    }),
  ];
}
