export const ROLES = [
  'admin',
  'hr',
  'hr_manager',
  'dept_manager',
  'interviewer',
  'approver',
  'employee',
  // Approves what a department head alone may not (e.g. offers above a salary threshold).
  'general_manager',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: carried from the gateway to every service in signed gRPC metadata. */
export interface Principal {
  userId: string;
  roles: Role[];
  departmentId?: string;
  name?: string;
  /** Set for third-party API keys (userId `apikey:<id>`): what the key may do, e.g. `resumes:write`. */
  scopes?: string[];
}

export function hasScope(principal: Principal, scope: string): boolean {
  return principal.scopes?.includes(scope) ?? false;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
