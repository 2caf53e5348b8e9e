import { DomainError, hasRole, Principal } from '@hr/workflow';

/** The delivery log shows every message of every user: administrators only. */
export function assertMayReadDeliveryLog(principal: Principal): void {
  if (!hasRole(principal, 'admin')) {
    throw DomainError.forbidden('DELIVERY_LOG_ADMINS_ONLY', 'only administrators may read the delivery log');
  }
}
