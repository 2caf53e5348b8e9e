import { DomainError, Principal, Role, hasRole, mayDecide } from '@hr/workflow';
import type { Offer } from './offer';
import { approvalSubject } from './approval-config';

/** HR prepares, sends and follows up offers; they also manage the letter templates. */
export const HR_ROLES: readonly Role[] = ['hr', 'hr_manager', 'admin'];
/** Who sees every offer: HR and the company-wide approvers. */
const COMPANY_WIDE: readonly Role[] = [...HR_ROLES, 'general_manager', 'approver'];

export function mayManage(principal: Principal): boolean {
  return hasRole(principal, ...HR_ROLES);
}

export function seesEverything(principal: Principal): boolean {
  return hasRole(principal, ...COMPANY_WIDE);
}

export function mayView(principal: Principal, offer: Offer): boolean {
  if (seesEverything(principal)) return true;
  if (hasRole(principal, 'dept_manager') && principal.departmentId === offer.departmentId) return true;
  // An approver named by configuration must see what they are asked to decide.
  return Boolean(offer.approval && offer.status === 'pending_approval' && mayDecide(offer.approval, principal, approvalSubject(offer)));
}

export function assertMayManage(principal: Principal, action: string): void {
  if (!mayManage(principal)) throw DomainError.forbidden('OFFER_FORBIDDEN', `only HR may ${action} offers`);
}
