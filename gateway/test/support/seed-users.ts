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
