import type { ApprovalProgress } from '@hr/workflow';

export const REQUISITION_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'open',
  'paused',
  'filled',
  'closed',
] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

export const HIRING_REASONS = ['new_role', 'replacement', 'expansion'] as const;
export type HiringReason = (typeof HIRING_REASONS)[number];

export const URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface SalaryRange {
  min: string;
  max: string;
  currency: string;
}

/** What the requesting manager fills in; editable while the requisition is a draft or rejected. */
export interface RequisitionDetails {
  positionId: string;
  positionTitle: string;
  departmentId: string;
  headcount: number;
  reason: HiringReason;
  reasonNote: string;
  requirements: string[];
  salary: SalaryRange;
  workLocation: string;
  desiredStartDate?: Date;
  urgency: Urgency;
}

export interface StatusChange {
  from: RequisitionStatus;
  to: RequisitionStatus;
  by: string;
  at: Date;
  comment?: string;
}

export interface Requisition extends RequisitionDetails {
  id: string;
  number: string;
  status: RequisitionStatus;
  approval?: ApprovalProgress;
  responsibleRecruiterId?: string;
  helperRecruiterIds: string[];
  hiredCount: number;
  statusHistory: StatusChange[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  openedAt?: Date;
  closedAt?: Date;
  closeReason?: string;
  /** Ids of the consumed events already counted here (hires), so a redelivery counts nothing. */
  appliedEventIds?: string[];
  version: number;
}
