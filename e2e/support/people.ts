import { Api } from './http-client';

export const PASSWORD = 'Str0ng-Passw0rd';

/** The people of a scenario: each created by the admin over HTTP, then signed in as themselves. */
export class People {
  readonly as: Record<string, Api> = {};
  readonly ids: Record<string, string> = {};

  constructor(
    private readonly anonymous: Api,
    private readonly admin: Api,
  ) {}

  async add(key: string, user: { name: string; roles: string[]; departmentId?: string }): Promise<void> {
    const response = await this.admin.post('/api/v1/admin/users', { ...user, email: `${key}@e2e.test`, password: PASSWORD });
    if (response.status !== 201) throw new Error(`creating ${key} failed: ${response.status} ${JSON.stringify(response.body)}`);
    this.ids[key] = response.body.id;
    this.as[key] = await this.anonymous.login(`${key}@e2e.test`, PASSWORD);
  }

  async department(name: string, code: string): Promise<string> {
    const response = await this.admin.post('/api/v1/admin/departments', { name, code });
    if (response.status !== 201) throw new Error(`creating department ${code} failed: ${response.status}`);
    return response.body.id;
  }
}
