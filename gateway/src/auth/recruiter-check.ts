import { ROLES } from '@hr/workflow';
import type { UserRepository } from '../infra/user.repository';
import { RoleRequirement, UserReference, assertUsersWithRole } from './user-role-check';

export const RECRUITER: RoleRequirement = { roles: ['hr', 'hr_manager'], label: 'a recruiter', rule: 'recruiter', reason: 'INVALID_RECRUITER' };
const EMPLOYEE: RoleRequirement = { roles: ROLES, label: 'a user', rule: 'exists', reason: 'INVALID_REFERRER' };
export const INTERVIEWER: RoleRequirement = { roles: ['interviewer'], label: 'an interviewer', rule: 'interviewer', reason: 'INVALID_INTERVIEWER' };

/** Before assigning: every named recruiter exists, is active and holds hr or hr_manager. */
export async function assertRecruiters(users: UserRepository, responsibleId: string, helperIds: string[]): Promise<string[]> {
  const helpers = [...new Set(helperIds)].filter((id) => id !== responsibleId);
  const refs = [{ id: responsibleId, field: 'responsibleRecruiterId' }];
  helperIds.forEach((id, index) => {
    // Only the first mention of each helper is checked (and reported).
    if (helpers.includes(id) && helperIds.indexOf(id) === index) refs.push({ id, field: `helperRecruiterIds.${index}` });
  });
  await assertUsersWithRole(users, refs, RECRUITER);
  return helpers;
}

/** Before assigning interviewers: each exists, is active and holds the interviewer role. */
export async function assertInterviewers(users: UserRepository, interviewerIds: string[]): Promise<string[]> {
  const unique = [...new Set(interviewerIds)];
  const refs = interviewerIds.map((id, index) => ({ id, field: `interviewerIds.${index}` })).filter((ref, i) => interviewerIds.indexOf(ref.id) === i);
  await assertUsersWithRole(users, refs, INTERVIEWER);
  return unique;
}

/** The people named in a resume's sourcing: the responsible HR is a recruiter, the referrer a current user. */
export async function assertSourcingPeople(
  users: UserRepository,
  sourcing: { responsibleHrId?: string; referrerEmployeeId?: string } | undefined,
  fieldPrefix = '',
): Promise<void> {
  const ref = (id: string | undefined, field: string): UserReference[] => (id ? [{ id, field: `${fieldPrefix}${field}` }] : []);
  await assertUsersWithRole(users, ref(sourcing?.responsibleHrId, 'responsibleHrId'), RECRUITER);
  await assertUsersWithRole(users, ref(sourcing?.referrerEmployeeId, 'referrerEmployeeId'), EMPLOYEE);
}
