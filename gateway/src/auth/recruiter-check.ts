import { DomainError, FieldViolation } from '@hr/platform';
import type { UserRepository } from '../infra/user.repository';

const RECRUITER_ROLES = new Set(['hr', 'hr_manager']);

/** Before assigning: every named recruiter exists, is active and holds hr or hr_manager. */
export async function assertRecruiters(users: UserRepository, responsibleId: string, helperIds: string[]): Promise<string[]> {
  const helpers = [...new Set(helperIds)].filter((id) => id !== responsibleId);
  const found = new Map((await users.findByIds([responsibleId, ...helpers])).map((user) => [user.id, user]));
  const violations: FieldViolation[] = [];
  const check = (id: string, field: string) => {
    const user = found.get(id);
    if (!user || !user.active) violations.push({ field, rule: 'exists', message: `user ${id} does not exist or is inactive` });
    else if (!user.roles.some((role) => RECRUITER_ROLES.has(role))) {
      violations.push({ field, rule: 'recruiter', message: `user ${id} is not a recruiter (hr or hr_manager)` });
    }
  };
  check(responsibleId, 'responsibleRecruiterId');
  helperIds.forEach((id, index) => {
    if (helpers.includes(id)) check(id, `helperRecruiterIds.${index}`);
  });
  if (violations.length) {
    throw new DomainError('invalid_argument', 'INVALID_RECRUITER', 'every assigned recruiter must be an active hr or hr_manager user', violations);
  }
  return helpers;
}
