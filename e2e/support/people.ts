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

/**
 * The stores department with its manager, an HR manager and a recruiter, and an open 门店店长
 * requisition raised by the manager and approved by both levels. Returns the requisition's id.
 */
export async function openStoreRequisition(people: People, extra: Record<string, unknown> = {}): Promise<string> {
  const { as, ids } = people;
  ids.stores = await people.department('门店运营部', 'STORES');
  await people.add('storeManager', { name: '黄志强', roles: ['dept_manager'], departmentId: ids.stores });
  await people.add('hrManager', { name: '李娜', roles: ['hr_manager'] });
  await people.add('recruiter', { name: '张伟', roles: ['hr'] });
  const position = await as.recruiter.post('/api/v1/positions', { title: '门店店长', departmentId: ids.stores });
  const requisition = await as.storeManager.post('/api/v1/requisitions', {
    positionId: position.body.id,
    departmentId: ids.stores,
    headcount: 2,
    reason: 'replacement',
    requirements: ['三年以上门店管理经验'],
    salary: { min: '12000', max: '18000' },
    workLocation: '苏州',
    desiredStartDate: '2027-03-01',
    urgency: 'urgent',
    ...extra,
  });
  if (requisition.status !== 201) throw new Error(`raising the requisition failed: ${requisition.status}`);
  const id = requisition.body.id;
  await as.storeManager.post(`/api/v1/requisitions/${id}/submit`);
  await as.storeManager.post(`/api/v1/requisitions/${id}/approve`, {});
  await as.hrManager.post(`/api/v1/requisitions/${id}/approve`, {});
  return id;
}
