import type { EventEnvelope } from '@hr/contracts';
import type { ApprovalLevel, Principal } from '@hr/workflow';
import type { Position, PositionDetails } from '../domain/position';
import type { Requisition, RequisitionStatus } from '../domain/requisition';

export interface Page {
  page: number;
  pageSize: number;
}

export interface RequisitionFilter {
  statuses?: RequisitionStatus[];
  departmentId?: string;
  positionId?: string;
  recruiterId?: string;
  urgency?: string;
  /** Only requisitions whose current approval level this person may decide. */
  awaitingApprover?: Principal;
  /** Restricts what a caller who may not see everything gets back. */
  visibleTo?: { departmentId?: string; userId: string };
}

export interface SaveOptions {
  /** An event id that must not have been applied yet; stored with the change (idempotent consumers). */
  appliedEventId?: string;
}

export interface RequisitionRepository {
  nextNumber(now: Date): Promise<string>;
  get(id: string): Promise<Requisition | undefined>;
  /** Stores the new state and its events in one write; returns the saved requisition (new version). */
  save(requisition: Requisition, events: EventEnvelope[], options?: SaveOptions): Promise<Requisition>;
  list(filter: RequisitionFilter, page: Page): Promise<{ items: Requisition[]; total: number }>;
}

export interface PositionRepository {
  create(position: Position): Promise<Position>;
  update(id: string, details: PositionDetails, now: Date): Promise<Position | undefined>;
  get(id: string): Promise<Position | undefined>;
  list(filter: { departmentId?: string; active?: boolean; query?: string }, page: Page): Promise<{ items: Position[]; total: number }>;
}

export interface RequisitionDeps {
  requisitions: RequisitionRepository;
  positions: PositionRepository;
  approvalLevels: ApprovalLevel[];
  now: () => Date;
  newId: () => string;
}
