import type { ApplicationRound } from './application-rounds';
import type { ApplicationStage } from './application-stage';
import type { Sourcing } from './candidate';

export interface StageChange {
  from: ApplicationStage;
  to: ApplicationStage;
  reasonCode?: string;
  comment?: string;
  by: string;
  at: Date;
}

/** One person applying to one open requisition; a person has many over the years. */
export interface Application {
  id: string;
  candidateId: string;
  requisitionId: string;
  /** The requisition's department, kept so a department manager sees only their own. */
  departmentId: string;
  stage: ApplicationStage;
  stageHistory: StageChange[];
  interviewerIds: string[];
  /** Its interview rounds in the order they were scheduled, kept from the interview service's events. */
  rounds?: ApplicationRound[];
  source: Sourcing;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
