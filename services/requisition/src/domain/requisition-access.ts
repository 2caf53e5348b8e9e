import { Principal, hasRole, hasScope } from '@hr/workflow';
import type { Requisition } from './requisition';

/** Who may do what to a requisition, decided with the caller carried in gRPC metadata. */
const managesDepartment = (principal: Principal, departmentId: string) =>
  hasRole(principal, 'dept_manager') && principal.departmentId === departmentId;

export function mayCreateFor(principal: Principal, departmentId: string): boolean {
  return hasRole(principal, 'hr_manager', 'admin') || managesDepartment(principal, departmentId);
}

/** Statuses a published hiring demand can be in: what other services and job boards may read. */
export const PUBLISHED_STATUSES = ['open', 'paused', 'filled', 'closed'] as const;

export function mayView(principal: Principal, requisition: Requisition): boolean {
  if (hasRole(principal, 'hr', 'hr_manager', 'admin', 'approver')) return true;
  if (hasScope(principal, 'requisitions:read')) return (PUBLISHED_STATUSES as readonly string[]).includes(requisition.status);
  if (managesDepartment(principal, requisition.departmentId)) return true;
  return isRecruiterOf(principal, requisition);
}

export function mayEdit(principal: Principal, requisition: Requisition): boolean {
  return hasRole(principal, 'hr_manager', 'admin') || managesDepartment(principal, requisition.departmentId);
}

export function mayAssign(principal: Principal): boolean {
  return hasRole(principal, 'hr_manager', 'admin');
}

export function mayChangeHiringStatus(principal: Principal, requisition: Requisition): boolean {
  return mayEdit(principal, requisition);
}

export function isRecruiterOf(principal: Principal, requisition: Requisition): boolean {
  return requisition.responsibleRecruiterId === principal.userId || requisition.helperRecruiterIds.includes(principal.userId);
}

/** Everyone not covered above sees only requisitions they are involved in (list filter). */
export function seesEverything(principal: Principal): boolean {
  return hasRole(principal, 'hr', 'hr_manager', 'admin', 'approver');
}
