import { DomainError, FieldViolation, ReasonCode, Role, ViolationRule, violation } from '@hr/platform';
import type { UserRecord, UserRepository } from '../infra/user.repository';

export interface UserReference {
  id: string;
  /** The input field that named the user, e.g. `interviewerIds.2`. */
  field: string;
}

export interface RoleRequirement {
  roles: readonly Role[];
  /** How the role is called in messages, e.g. "an interviewer". */
  label: string;
  /** The violation rule when the user lacks the role, e.g. `interviewer`. */
  rule: ViolationRule;
  reason: ReasonCode;
}

/**
 * Before assigning people: each named user exists, is active and holds one of the roles (400 naming the field).
 * Answers the users found, by id, for callers that pass their names on.
 */
export async function assertUsersWithRole(
  users: UserRepository,
  refs: UserReference[],
  requirement: RoleRequirement,
): Promise<Map<string, UserRecord>> {
  if (refs.length === 0) return new Map();
  const found = new Map((await users.findByIds([...new Set(refs.map((ref) => ref.id))])).map((user) => [user.id, user]));
  const violations: FieldViolation[] = [];
  for (const { id, field } of refs) {
    const user = found.get(id);
    if (!user || !user.active) violations.push(violation(field, 'exists', { id }));
    else if (!user.roles.some((role) => requirement.roles.includes(role))) violations.push(violation(field, requirement.rule, { id }));
  }
  if (violations.length) {
    throw new DomainError('invalid_argument', requirement.reason, `every assigned user must be active and ${requirement.label}`, violations);
  }
  return found;
}
