import { ApplicationCreated } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import type { Application } from '../domain/application';
import { assignInterviewers as assign, mayViewApplication, newApplication } from '../domain/application-rules';
import type { ApplicationStage } from '../domain/application-stage';
import type { Candidate, Sourcing } from '../domain/candidate';
import { assertMayManageCandidates } from '../domain/candidate-access';
import { interviewersAssignedEvent } from './join-interviewers';
import { loadCandidate } from './load-candidate';
import { moveApplication } from './move-application';
import type { ApplicationFilter, Page, ResumeDeps } from './ports';
import { refuseBlacklisted } from './record-blacklist-hit';
import { resumeEvent } from './resume-events';

/** Links a person to an open requisition; the requisition service says whether it is open. */
export async function applyToRequisition(
  deps: ResumeDeps,
  input: { candidate: Candidate; requisitionId: string; source: Sourcing; via: 'application' | 'hr_upload' | 'hr_entry' | 'open_api' },
  principal: Principal,
): Promise<Application> {
  const requisition = await deps.requisitions.find(input.requisitionId);
  if (!requisition) throw DomainError.invalid('requisitionId', 'exists', { id: input.requisitionId });
  if (input.candidate.status === 'blacklisted') await refuseBlacklisted(deps, input.candidate, input.via, principal);
  const active = (await deps.applications.ofCandidate(input.candidate.id)).find(
    (a) => a.requisitionId === requisition.id && !['rejected', 'withdrawn'].includes(a.stage),
  );
  if (active && input.via === 'application') {
    throw new DomainError('already_exists', 'APPLICATION_EXISTS', `the person already applied to this requisition (${active.id})`);
  }
  if (active) return active;
  const now = deps.now();
  const application = newApplication({ id: deps.newId(), candidate: input.candidate, requisition, source: input.source, principal, now });
  const data = { applicationId: application.id, candidateId: application.candidateId, requisitionId: requisition.id, source: input.source };
  return deps.applications.save(application, [resumeEvent(ApplicationCreated, data, principal, now)]);
}

export async function createApplication(
  deps: ResumeDeps,
  input: { candidateId: string; requisitionId: string; source: Sourcing },
  principal: Principal,
): Promise<Application> {
  assertMayManageCandidates(principal);
  const candidate = await loadCandidate(deps, input.candidateId);
  const application = await applyToRequisition(deps, { ...input, candidate, via: 'application' }, principal);
  await deps.search.refresh(candidate.id).catch(() => undefined);
  return application;
}

async function loadApplication(deps: ResumeDeps, id: string, principal: Principal): Promise<Application> {
  const application = await deps.applications.get(id);
  if (!application || !mayViewApplication(principal, application)) throw DomainError.notFound('APPLICATION_NOT_FOUND', id);
  return application;
}

export async function changeApplicationStage(
  deps: ResumeDeps,
  input: { id: string; to: ApplicationStage; reasonCode?: string; comment?: string; expectedVersion?: number },
  principal: Principal,
): Promise<Application> {
  assertMayManageCandidates(principal);
  const current = await loadApplication(deps, input.id, principal);
  if (input.expectedVersion && input.expectedVersion !== current.version) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the application changed since it was read; reload and retry');
  }
  return moveApplication(deps, current, [input], principal);
}

export async function assignInterviewers(deps: ResumeDeps, input: { id: string; interviewerIds: string[] }, principal: Principal): Promise<Application> {
  assertMayManageCandidates(principal);
  const now = deps.now();
  const application = assign(await loadApplication(deps, input.id, principal), input.interviewerIds, now);
  return deps.applications.save(application, [interviewersAssignedEvent(application, principal, now)]);
}

export function getApplication(deps: ResumeDeps, id: string, principal: Principal): Promise<Application> {
  return loadApplication(deps, id, principal);
}

/** Lists what the caller may see: the filter is narrowed for managers and interviewers. */
export function listApplications(deps: ResumeDeps, filter: ApplicationFilter, page: Page, principal: Principal) {
  const roles = principal.roles;
  if (roles.includes('hr') || roles.includes('hr_manager')) return deps.applications.list(filter, page);
  if (roles.includes('dept_manager') && principal.departmentId) {
    return deps.applications.list({ ...filter, departmentId: principal.departmentId }, page);
  }
  if (roles.includes('interviewer')) return deps.applications.list({ ...filter, interviewerId: principal.userId }, page);
  throw DomainError.forbidden('APPLICATION_FORBIDDEN', 'you may not list applications');
}
