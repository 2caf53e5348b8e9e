import { z } from 'zod';
import { defineEvent } from './envelope';

const requisitionRef = { requisitionId: z.string(), number: z.string(), departmentId: z.string() };

export const RequisitionCreated = defineEvent(
  'requisition.requisition.created.v1',
  z.object({ ...requisitionRef, positionId: z.string(), headcount: z.number().int() }),
);
export const RequisitionSubmitted = defineEvent(
  'requisition.requisition.submitted.v1',
  z.object({ ...requisitionRef, round: z.number().int(), awaitingLevel: z.string() }),
);
export const RequisitionLevelApproved = defineEvent(
  'requisition.requisition.level-approved.v1',
  z.object({ ...requisitionRef, levelKey: z.string(), approvedBy: z.string(), awaitingLevel: z.string() }),
);
export const RequisitionApproved = defineEvent(
  'requisition.requisition.approved.v1',
  z.object({ ...requisitionRef, levelKey: z.string(), approvedBy: z.string() }),
);
export const RequisitionRejected = defineEvent(
  'requisition.requisition.rejected.v1',
  z.object({ ...requisitionRef, levelKey: z.string(), rejectedBy: z.string(), comment: z.string() }),
);
export const RequisitionPublished = defineEvent(
  'requisition.requisition.published.v1',
  z.object({
    ...requisitionRef,
    positionId: z.string(),
    positionTitle: z.string(),
    headcount: z.number().int(),
    urgency: z.string(),
  }),
);
export const RecruitersAssigned = defineEvent(
  'requisition.requisition.recruiters-assigned.v1',
  z.object({ ...requisitionRef, responsibleRecruiterId: z.string(), helperRecruiterIds: z.array(z.string()) }),
);
export const RequisitionPaused = defineEvent(
  'requisition.requisition.paused.v1',
  z.object({ ...requisitionRef, comment: z.string().optional() }),
);
export const RequisitionReopened = defineEvent(
  'requisition.requisition.reopened.v1',
  z.object({ ...requisitionRef, comment: z.string().optional() }),
);
export const RequisitionClosed = defineEvent(
  'requisition.requisition.closed.v1',
  z.object({ ...requisitionRef, reason: z.string() }),
);
export const RequisitionHireRecorded = defineEvent(
  'requisition.requisition.hire-recorded.v1',
  z.object({ ...requisitionRef, applicationId: z.string(), hiredCount: z.number().int(), headcount: z.number().int() }),
);
export const RequisitionFilled = defineEvent(
  'requisition.requisition.filled.v1',
  z.object({ ...requisitionRef, hiredCount: z.number().int() }),
);
