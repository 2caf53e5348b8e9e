import { DomainError, Principal, hasRole } from '@hr/workflow';
import type { Application } from './application';
import { ApplicationStage, assertStageChange } from './application-stage';
import type { Candidate, Sourcing } from './candidate';
import { blacklistedError } from './candidate-rules';

export interface RequisitionFacts {
  id: string;
  departmentId: string;
  status: string;
}

export function newApplication(input: {
  id: string;
  candidate: Candidate;
  requisition: RequisitionFacts;
  source: Sourcing;
  principal: Principal;
  now: Date;
}): Application {
  const { candidate, requisition } = input;
  if (candidate.status === 'blacklisted') throw blacklistedError();
  if (candidate.status === 'merged') throw DomainError.conflict('CANDIDATE_MERGED', `candidate was merged into ${candidate.mergedInto}`);
  if (requisition.status !== 'open') {
    throw DomainError.conflict('REQUISITION_NOT_OPEN', `requisition ${requisition.id} is ${requisition.status}, not open`);
  }
  return {
    id: input.id,
    candidateId: candidate.id,
    requisitionId: requisition.id,
    departmentId: requisition.departmentId,
    stage: 'new',
    stageHistory: [],
    interviewerIds: [],
    source: input.source,
    createdBy: input.principal.userId,
    createdAt: input.now,
    updatedAt: input.now,
    version: 0,
  };
}

export function changeStage(
  application: Application,
  input: { to: ApplicationStage; reasonCode?: string; comment?: string; principal: Principal; now: Date },
): Application {
  assertStageChange(application.stage, input.to, input.reasonCode);
  const change = {
    from: application.stage,
    to: input.to,
    reasonCode: input.reasonCode || undefined,
    comment: input.comment?.trim() || undefined,
    by: input.principal.userId,
    at: input.now,
  };
  return { ...application, stage: input.to, stageHistory: [...application.stageHistory, change], updatedAt: input.now };
}

const TERMINAL: ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

export function assignInterviewers(application: Application, interviewerIds: string[], now: Date): Application {
  if (TERMINAL.includes(application.stage)) {
    throw DomainError.conflict('APPLICATION_CLOSED', `the application is ${application.stage}`);
  }
  const ids = [...new Set(interviewerIds.filter(Boolean))];
  if (ids.length === 0) throw DomainError.invalid('interviewerIds', 'min_items', { min: 1 });
  return { ...application, interviewerIds: ids, updatedAt: now };
}

/**
 * Gives interviewers access on top of those who have it, in the order first named. Nobody loses it:
 * a panel that drops someone keeps them, as they may have interviewed in an earlier round.
 */
export function joinInterviewers(application: Application, interviewerIds: string[], now: Date): { application: Application; added: string[] } {
  const added = [...new Set(interviewerIds.filter((id) => id && !application.interviewerIds.includes(id)))];
  if (added.length === 0) return { application, added };
  return { application: { ...application, interviewerIds: [...application.interviewerIds, ...added], updatedAt: now }, added };
}

/** HR sees every application; a manager their department's; an interviewer those assigned to them. */
export function mayViewApplication(principal: Principal, application: Application): boolean {
  if (hasRole(principal, 'hr', 'hr_manager')) return true;
  if (hasRole(principal, 'dept_manager') && principal.departmentId === application.departmentId) return true;
  return hasRole(principal, 'interviewer') && application.interviewerIds.includes(principal.userId);
}
