import { DomainError, FieldViolation } from '@hr/platform';
import { ROLES } from '@hr/workflow';
import { RoleRequirement, assertUsersWithRole } from '../auth/user-role-check';
import type { RouteDeps } from './route-deps';
import { present } from './present';

const DIRECTORY_USER: RoleRequirement = { roles: ROLES, label: 'a user', rule: 'exists', reason: 'INVALID_REPORTING_MANAGER' };

/** The reporting manager as the letter names them: a directory user's own name, or the name HR typed. */
export async function resolveReportingManager(
  users: RouteDeps['users'],
  input: { userId?: string; name?: string },
): Promise<{ userId: string; name: string }> {
  if (!input.userId) return { userId: '', name: input.name ?? '' };
  const found = await assertUsersWithRole(users, [{ id: input.userId, field: 'reportingManager.userId' }], DIRECTORY_USER);
  return { userId: input.userId, name: input.name ?? found.get(input.userId)!.name };
}

/**
 * The display name of the department an application hires for. The offer service looks up the
 * candidate, requisition and position itself; department names live only in the gateway's directory.
 */
export async function departmentNameForApplication(
  deps: Pick<RouteDeps, 'resumes' | 'requisitions' | 'departments'>,
  applicationId: string,
): Promise<string> {
  const application = present((await deps.resumes.getApplication({ id: applicationId })).application, 'application');
  const requisition = present((await deps.requisitions.getRequisition({ id: application.requisitionId })).requisition, 'requisition');
  return departmentName(deps, requisition.departmentId);
}

export async function departmentName(deps: Pick<RouteDeps, 'departments'>, departmentId: string, fallback = ''): Promise<string> {
  const department = departmentId ? await deps.departments.findById(departmentId) : undefined;
  if (department) return department.name;
  if (fallback) return fallback;
  throw DomainError.conflict('DEPARTMENT_UNKNOWN', `the requisition's department ${departmentId || '(none)'} is not in the directory`);
}

/** The service names some fields as its domain does; clients see them as they sent them. */
const SERVICE_FIELDS: Array<[RegExp, string]> = [
  [/\bprobation\.monthlySalary\b/g, 'probation.salary'],
  [/\bsalary\.allowances\[(\d+)\]/g, 'salary.allowances.$1'],
  [/\bcandidate\.locale\b/g, 'candidateLocale'],
];

/** Renames the service's field names in a field path or a message. */
export function toGatewayFields(text: string): string {
  return SERVICE_FIELDS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Runs a call that validates terms, renaming the fields of its violations to the request's. */
export async function withRequestFields<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof DomainError) || error.violations.length === 0) throw error;
    const violations: FieldViolation[] = error.violations.map((v) => ({
      ...v,
      field: toGatewayFields(v.field),
      message: v.message && toGatewayFields(v.message),
    }));
    throw new DomainError(error.kind, error.reason, toGatewayFields(error.message), violations, error.params);
  }
}
