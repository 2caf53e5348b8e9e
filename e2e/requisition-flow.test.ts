import { randomUUID } from 'node:crypto';
import { Api } from './support/http-client';
import { People } from './support/people';
import { ADMIN, RunningSystem, startSystem } from './support/system';


describe('requisition flow through the gateway over HTTP', () => {
  let system: RunningSystem;
  let anonymous: Api;
  let as: Record<string, Api>;
  let ids: Record<string, string>;
  let people: People;


  beforeAll(async () => {
    system = await startSystem();
    anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    people = new People(anonymous, admin);
    ({ as, ids } = people);
    ids.sales = await people.department('销售部', 'SALES');
    ids.tech = await people.department('技术部', 'TECH');
    await people.add('salesManager', { name: '王建国', roles: ['dept_manager'], departmentId: ids.sales });
    await people.add('techManager', { name: '陈晓明', roles: ['dept_manager'], departmentId: ids.tech });
    await people.add('hrManager', { name: '李娜', roles: ['hr_manager'] });
    await people.add('recruiter', { name: '张伟', roles: ['hr'] });
    await people.add('helper', { name: '刘洋', roles: ['hr'] });
    await people.add('interviewer', { name: 'Emily Zhou', roles: ['interviewer'], departmentId: ids.sales });
  });

  afterAll(async () => {
    await system?.stop();
  });

  function requisitionBody(positionId: string) {
    return {
      positionId,
      departmentId: ids.sales,
      headcount: 3,
      reason: 'expansion',
      reasonNote: '华东区新开三家门店',
      requirements: ['大专及以上学历', '两年以上零售销售经验'],
      salary: { min: '8000', max: '12000', currency: 'CNY' },
      workLocation: '上海市静安区',
      desiredStartDate: '2027-01-04',
      urgency: 'high',
    };
  }

  async function createPosition(): Promise<string> {
    const response = await as.recruiter.post('/api/v1/positions', {
      title: '门店销售代表',
      departmentId: ids.sales,
      level: 'P2',
      description: '负责门店销售与客户维护',
      defaultRequirements: ['普通话流利'],
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('goes login → create → submit → approve twice → published → assign', async () => {
    const positionId = await createPosition();
    const created = await as.salesManager.post('/api/v1/requisitions', requisitionBody(positionId));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', positionTitle: '门店销售代表', headcount: 3, hiredCount: 0 });
    const id = created.body.id;
    expect(created.body.number).toMatch(/^REQ-\d{4}-\d{5}$/);

    const submitted = await as.salesManager.post(`/api/v1/requisitions/${id}/submit`);
    expect(submitted.body.status).toBe('pending_approval');

    const awaiting = await as.salesManager.get('/api/v1/requisitions?awaitingMe=true');
    expect(awaiting.body.data.map((r: { id: string }) => r.id)).toContain(id);

    const firstLevel = await as.salesManager.post(`/api/v1/requisitions/${id}/approve`, { comment: '同意扩编' });
    expect(firstLevel.status).toBe(200);
    expect(firstLevel.body.status).toBe('pending_approval');

    const secondLevel = await as.hrManager.post(`/api/v1/requisitions/${id}/approve`, {});
    expect(secondLevel.status).toBe(200);
    expect(secondLevel.body.status).toBe('open');
    expect(secondLevel.body.approval.history).toEqual([
      expect.objectContaining({ levelKey: 'department_head', decision: 'approved', by: ids.salesManager, comment: '同意扩编' }),
      expect.objectContaining({ levelKey: 'hr_manager', decision: 'approved', by: ids.hrManager }),
    ]);

    const open = await as.recruiter.get('/api/v1/requisitions?status=open');
    expect(open.body.data.map((r: { id: string }) => r.id)).toContain(id);

    const assigned = await as.hrManager.post(`/api/v1/requisitions/${id}/assign`, {
      responsibleRecruiterId: ids.recruiter,
      helperRecruiterIds: [ids.helper],
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ responsibleRecruiterId: ids.recruiter, helperRecruiterIds: [ids.helper] });

    const mine = await as.recruiter.get(`/api/v1/requisitions?recruiterId=${ids.recruiter}`);
    expect(mine.body.data.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  describe('refusals', () => {
    let pendingId: string;

    beforeAll(async () => {
      const positionId = await createPosition();
      pendingId = (await as.salesManager.post('/api/v1/requisitions', requisitionBody(positionId))).body.id;
      await as.salesManager.post(`/api/v1/requisitions/${pendingId}/submit`);
    });

    function expectProblem(response: { status: number; contentType: string; body: any }, status: number) {
      expect(response.status).toBe(status);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status, title: expect.any(String) });
    }

    it('does not let the manager of another department approve', async () => {
      const response = await as.techManager.post(`/api/v1/requisitions/${pendingId}/approve`, {});
      expectProblem(response, 403);
      const unchanged = await as.salesManager.get(`/api/v1/requisitions/${pendingId}`);
      expect(unchanged.body.approval.history).toEqual([]);
    });

    it('does not let an interviewer create a requisition', async () => {
      const response = await as.interviewer.post('/api/v1/requisitions', requisitionBody(randomUUID()));
      expectProblem(response, 403);
    });

    it('answers an invalid body with 400 naming the field and rule', async () => {
      const response = await as.salesManager.post('/api/v1/requisitions', { ...requisitionBody(randomUUID()), headcount: 0 });
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'headcount' })]);
    });

    it('answers an unknown id with 404', async () => {
      expectProblem(await as.hrManager.get(`/api/v1/requisitions/${randomUUID()}`), 404);
      expectProblem(await as.hrManager.post(`/api/v1/requisitions/${randomUUID()}/approve`, {}), 404);
    });

    it('answers approving twice with 409', async () => {
      const positionId = await createPosition();
      const id = (await as.salesManager.post('/api/v1/requisitions', requisitionBody(positionId))).body.id;
      await as.salesManager.post(`/api/v1/requisitions/${id}/submit`);
      expect((await as.salesManager.post(`/api/v1/requisitions/${id}/approve`, {})).status).toBe(200);
      expectProblem(await as.salesManager.post(`/api/v1/requisitions/${id}/approve`, {}), 409);
      expect((await as.hrManager.post(`/api/v1/requisitions/${id}/approve`, {})).body.status).toBe('open');
      expectProblem(await as.hrManager.post(`/api/v1/requisitions/${id}/approve`, {}), 409);
    });

    it('refuses an anonymous caller with 401', async () => {
      expectProblem(await anonymous.get('/api/v1/requisitions'), 401);
    });
  });
});
