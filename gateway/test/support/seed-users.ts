import type { Role } from '@hr/workflow';
import { hashPassword } from '../../src/auth/password-hasher';
import type { UserRecord } from '../../src/infra/user.repository';
import { RunningGateway, httpClient } from './test-gateway';

export const SEED_PASSWORD = 'seed-password-0001';

/** Stores a user directly and signs them in over HTTP. */
export async function seedUser(
  running: RunningGateway,
  input: { email: string; name: string; roles: Role[]; departmentId?: string; active?: boolean },
): Promise<{ user: UserRecord; token: string }> {
  const user = await running.gateway.users.create({ ...input, passwordHash: await hashPassword(SEED_PASSWORD) });
  const res = await httpClient(running.baseUrl)('POST', '/api/v1/auth/login', { body: { email: input.email, password: SEED_PASSWORD } });
  if (res.status !== 200) throw new Error(`seed login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { user, token: res.body.accessToken };
}

/** One signed-in user per role (keys: admin, hr, hrm, manager, interviewer, interviewer2, approver, employee) and an inactive interviewer. */
export async function seedTeam(running: RunningGateway) {
  const dept = await running.gateway.departments.create({ name: '研发部', code: 'RD' });
  const seeds: Record<string, { email: string; name: string; roles: Role[]; departmentId?: string }> = {
    admin: { email: 'admin@example.com', name: 'Admin', roles: ['admin'] },
    hr: { email: 'hr@example.com', name: '吴招聘', roles: ['hr'] },
    hrm: { email: 'hrm@example.com', name: '周主管', roles: ['hr_manager'] },
    manager: { email: 'dm@example.com', name: '王经理', roles: ['dept_manager'], departmentId: dept.id },
    interviewer: { email: 'iv@example.com', name: '郑面试', roles: ['interviewer'] },
    interviewer2: { email: 'iv2@example.com', name: 'Olivia Chen', roles: ['interviewer'] },
    approver: { email: 'approver@example.com', name: '钱审批', roles: ['approver'] },
    employee: { email: 'emp@example.com', name: '孙员工', roles: ['employee'] },
  };
  const tokens: Record<string, string> = {};
  const users: Record<string, UserRecord> = {};
  for (const [key, seed] of Object.entries(seeds)) {
    const { user, token } = await seedUser(running, seed);
    tokens[key] = token;
    users[key] = user;
  }
  await running.gateway.users.update(users.interviewer2.id, { locale: 'en' });
  users.interviewer2 = { ...users.interviewer2, locale: 'en' };
  const retired = await running.gateway.users.create({ email: 'old@example.com', name: '离职', roles: ['interviewer'], passwordHash: 'x' });
  await running.gateway.users.update(retired.id, { active: false });
  return { tokens, users, ids: Object.fromEntries(Object.entries(users).map(([key, user]) => [key, user.id])), retiredId: retired.id };
}
