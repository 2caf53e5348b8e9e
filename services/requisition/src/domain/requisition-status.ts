import { defineStateMachine } from '@hr/workflow';
import type { RequisitionStatus } from './requisition';

/** draft → pending_approval → approved/rejected → open → paused/filled/closed (see the issue). */
export const requisitionStatus = defineStateMachine<RequisitionStatus>('requisition', {
  draft: ['pending_approval', 'closed'],
  pending_approval: ['approved', 'rejected'],
  rejected: ['pending_approval', 'closed'],
  approved: ['open'],
  open: ['paused', 'filled', 'closed'],
  paused: ['open', 'closed'],
  filled: ['open', 'closed'],
  closed: [],
});

export const EDITABLE_STATUSES: readonly RequisitionStatus[] = ['draft', 'rejected'];
