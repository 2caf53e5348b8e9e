import { Principal, hasRole } from '@hr/workflow';
import { Interview, isAssignedInterviewer } from './interview';
import type { Role } from '@hr/workflow';

export const HR_ROLES: readonly Role[] = ['hr', 'hr_manager'];

export function isHr(principal: Principal): boolean {
  return hasRole(principal, ...HR_ROLES);
}

export function managesDepartment(principal: Principal, departmentId: string | undefined): boolean {
  return !!departmentId && hasRole(principal, 'dept_manager') && principal.departmentId === departmentId;
}

/** HR, the manager of the requisition's department and the interview's own interviewers read it; nobody else learns it exists. */
export function mayViewInterview(interview: Pick<Interview, 'interviewerIds'>, principal: Principal, departmentId: string | undefined): boolean {
  return isHr(principal) || managesDepartment(principal, departmentId) || isAssignedInterviewer(interview, principal.userId);
}
