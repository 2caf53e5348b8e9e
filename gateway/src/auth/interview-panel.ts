import type { interviewV1 } from '@hr/contracts';
import type { UserRecord, UserRepository } from '../infra/user.repository';
import { RoleRequirement, assertUsersWithRole } from './user-role-check';

/** Who may sit on an interview panel: interviewers, and managers or HR who interview themselves. */
export const PANEL_MEMBER: RoleRequirement = {
  roles: ['interviewer', 'dept_manager', 'hr', 'hr_manager'],
  label: 'an interviewer',
  rule: 'interviewer',
  reason: 'INVALID_INTERVIEWER',
};

/** A user as the interview service knows a person: enough to address them (mails, calendars). */
export function toParticipant(user: UserRecord): interviewV1.Participant {
  return { userId: user.id, name: user.name, email: user.email, locale: user.locale };
}

/**
 * Resolves the panel from the user directory: each exists, is active and may interview
 * (400 naming `interviewerIds.N`). Duplicates are dropped; the first mention is the one checked.
 */
export async function resolvePanel(users: UserRepository, interviewerIds: string[], field = 'interviewerIds'): Promise<interviewV1.Participant[]> {
  const refs = interviewerIds
    .map((id, index) => ({ id, field: `${field}.${index}` }))
    .filter((ref, index) => interviewerIds.indexOf(ref.id) === index);
  const found = await assertUsersWithRole(users, refs, PANEL_MEMBER);
  return refs.map((ref) => toParticipant(found.get(ref.id)!));
}
