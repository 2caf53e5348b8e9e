export const ROLES = ['admin', 'hr', 'hr_manager', 'dept_manager', 'interviewer', 'approver', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: carried from the gateway to every service in signed gRPC metadata. */
export interface Principal {
  userId: string;
  roles: Role[];
  departmentId?: string;
  name?: string;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
