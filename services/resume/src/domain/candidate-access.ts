import { DomainError, Principal, hasRole, hasScope } from '@hr/workflow';

/** HR works the talent pool; third-party keys may only post resumes into it. */
export function assertMayManageCandidates(principal: Principal): void {
  if (!hasRole(principal, 'hr', 'hr_manager')) deny('manage candidates');
}

export function assertMayBlacklist(principal: Principal): void {
  if (!hasRole(principal, 'hr', 'hr_manager')) deny('blacklist candidates');
}

/** Lifting a blacklist is a manager's decision. */
export function assertMayLiftBlacklist(principal: Principal): void {
  if (!hasRole(principal, 'hr_manager')) deny('lift a blacklist');
}

export function assertMayIngest(principal: Principal): void {
  if (!hasScope(principal, 'resumes:write')) deny('post resumes');
}

function deny(action: string): never {
  throw DomainError.forbidden('CANDIDATE_FORBIDDEN', `you may not ${action}`);
}
