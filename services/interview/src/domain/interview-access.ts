import { Principal, hasRole } from '@hr/workflow';
import type { Role } from '@hr/workflow';

export const HR_ROLES: readonly Role[] = ['hr', 'hr_manager'];

export function isHr(principal: Principal): boolean {
  return hasRole(principal, ...HR_ROLES);
}

export function managesDepartment(principal: Principal, departmentId: string | undefined): boolean {
  return !!departmentId && hasRole(principal, 'dept_manager') && principal.departmentId === departmentId;
}
