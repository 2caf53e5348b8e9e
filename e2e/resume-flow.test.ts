import { Document, Packer, Paragraph, TextRun } from 'docx';
import { waitUntil } from '@hr/testing';
import { Api } from './support/http-client';
import { People } from './support/people';
import { ADMIN, RunningSystem, startSystem } from './support/system';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function docx(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));
}

function resumeLines(name: string, phone: string): string[] {
  return [
    '个人简历',
    `姓名：${name}`,
    `手机：${phone}`,
    `邮箱：${phone}@example.com`,
    '现居城市：苏州',
    '教育背景',
    '2014.09-2018.06  苏州大学  本科  工商管理',
    '工作经历',
    '2018.07-至今  苏宁易购集团股份有限公司  门店店长',
    '专业技能',
    '门店管理、库存管理、团队培训',
  ];
}

describe('the talent pool through the gateway over HTTP', () => {
  let system: RunningSystem;
  let anonymous: Api;
  let as: Record<string, Api>;
  let ids: Record<string, string>;
  let people: People;
  let requisitionId: string;
  let apiKey: string;


  beforeAll(async () => {
    system = await startSystem();
    anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    people = new People(anonymous, admin);
    ({ as, ids } = people);
    ids.stores = await people.department('门店运营部', 'STORES');
    await people.add('storeManager', { name: '黄志强', roles: ['dept_manager'], departmentId: ids.stores });
    await people.add('hrManager', { name: '李娜', roles: ['hr_manager'] });
    await people.add('recruiter', { name: '张伟', roles: ['hr'] });
    await people.add('interviewer', { name: '林峰', roles: ['interviewer'] });
    const position = await as.recruiter.post('/api/v1/positions', { title: '门店店长', departmentId: ids.stores });
    const body = {
      positionId: position.body.id,
      departmentId: ids.stores,
      headcount: 1,
      reason: 'replacement',
      requirements: ['三年以上门店管理经验'],
      salary: { min: '12000', max: '16000' },
      workLocation: '苏州',
      desiredStartDate: '2027-02-01',
      urgency: 'urgent',
    };
    requisitionId = (await as.storeManager.post('/api/v1/requisitions', body)).body.id;
    await as.storeManager.post(`/api/v1/requisitions/${requisitionId}/submit`);
    await as.storeManager.post(`/api/v1/requisitions/${requisitionId}/approve`, {});
    await as.hrManager.post(`/api/v1/requisitions/${requisitionId}/approve`, {});
    const key = await admin.post('/api/v1/admin/api-keys', { name: '智联招聘', source: 'zhaopin', scopes: ['resumes:write', 'requisitions:read'] });
    expect(key.status).toBe(201);
    apiKey = key.body.key;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const uploadAs = async (api: Api, lines: string[], fields: Record<string, string> = {}) =>
    api.upload('/api/v1/candidates/uploads', [{ filename: '店长简历.docx', type: DOCX, data: await docx(lines) }], fields);

  it('uploads → parses → links to the requisition → moves through stages → rejects with a reason', async () => {
    const uploaded = await uploadAs(as.recruiter, resumeLines('陆明', '13811112222'), { requisitionId, channel: 'job_board', detail: 'BOSS直聘' });
    expect(uploaded.status).toBe(201);
    const result = uploaded.body.results[0];
    expect(result).toMatchObject({ ok: true, outcome: 'created', parseFailed: false });
    expect(result.candidate.profile).toMatchObject({ name: '陆明', phone: '+8613811112222', city: '苏州' });
    const applicationId = result.application.id;
    expect(result.application).toMatchObject({ requisitionId, stage: 'new' });

    for (const toStage of ['screening', 'interview']) {
      expect((await as.recruiter.post(`/api/v1/applications/${applicationId}/stage`, { toStage })).status).toBe(200);
    }
    const noReason = await as.recruiter.post(`/api/v1/applications/${applicationId}/stage`, { toStage: 'rejected' });
    expect(noReason.status).toBe(400);
    const rejected = await as.recruiter.post(`/api/v1/applications/${applicationId}/stage`, { toStage: 'rejected', reasonCode: 'failed_interview', comment: '管理经验不足' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.stage).toBe('rejected');

    const found = await as.recruiter.get(`/api/v1/candidates?q=${encodeURIComponent('陆明 门店管理')}`);
    expect(found.body.data.map((c: { id: string }) => c.id)).toContain(result.candidate.id);
  });

  it('attaches a duplicate upload to the same person', async () => {
    const first = (await uploadAs(as.recruiter, resumeLines('吴静', '13622223333'))).body.results[0];
    const second = (await uploadAs(as.recruiter, resumeLines('吴静', '+86 136 2222 3333'))).body.results[0];
    expect(second).toMatchObject({ ok: true, outcome: 'attached' });
    expect(second.candidate.id).toBe(first.candidate.id);
    expect(second.candidate.resumes).toHaveLength(2);
  });

  it('refuses a blacklisted person on the HR route and the API-key route; an interviewer cannot blacklist', async () => {
    const person = (await uploadAs(as.recruiter, resumeLines('郑浩', '13733334444'))).body.results[0].candidate;
    const byInterviewer = await as.interviewer.post(`/api/v1/candidates/${person.id}/blacklist`, { reason: '简历造假' });
    expect(byInterviewer.status).toBe(403);
    expect(byInterviewer.contentType).toContain('application/problem+json');
    expect((await as.recruiter.post(`/api/v1/candidates/${person.id}/blacklist`, { reason: '简历造假' })).status).toBe(200);

    const again = await uploadAs(as.recruiter, resumeLines('郑浩', '137-3333-4444'));
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('CANDIDATE_BLACKLISTED');
    const board = await anonymous.as(apiKey).post('/open/v1/resumes', { externalId: 'zp-9001', profile: { name: '郑浩', phone: '13733334444' } });
    expect(board.status).toBe(409);
    expect(board.contentType).toContain('application/problem+json');
  });

  it('ingests a job board post once: the same external id returns the same ids', async () => {
    const board = anonymous.as(apiKey);
    const open = await board.get('/open/v1/requisitions');
    expect(open.body.data.map((r: { id: string }) => r.id)).toContain(requisitionId);
    const post = () => board.post('/open/v1/resumes', { externalId: 'zp-1234', profile: { name: '何雪', phone: '13544445555', skills: ['门店管理'] }, requisitionId });
    const first = await post();
    const second = await post();
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ candidateId: first.body.candidateId, applicationId: first.body.applicationId, replayed: true });
    const applications = await as.recruiter.get(`/api/v1/applications?candidateId=${first.body.candidateId}`);
    expect(applications.body.data).toHaveLength(1);
  });

  it('ingests a batch of resumes, answering each as its own post would be answered', async () => {
    const board = anonymous.as(apiKey);
    const resumes = [
      { externalId: 'zp-b-1', profile: { name: '许梓萱', phone: '13566667777', skills: ['收银'] }, requisitionId },
      { externalId: 'zp-1234', profile: { name: '何雪', phone: '13544445555' } },
      { externalId: 'zp-b-2', profile: { name: '郑浩', phone: '137 3333 4444' } },
    ];
    const batch = await board.post('/open/v1/resumes/batch', { resumes });
    expect(batch.status).toBe(200);
    expect(batch.body).toMatchObject({ stored: 1, replayed: 1, refused: 1 });
    const [stored, replayed, refused] = batch.body.results;
    expect(stored).toMatchObject({ externalId: 'zp-b-1', status: 201, replayed: false, applicationId: expect.any(String) });
    expect(replayed).toMatchObject({ externalId: 'zp-1234', status: 200, replayed: true });
    expect(refused).toMatchObject({ externalId: 'zp-b-2', status: 409, problem: { reason: 'CANDIDATE_BLACKLISTED' } });
    const person = await as.recruiter.get(`/api/v1/candidates/${stored.candidateId}`);
    expect(person.body.profile).toMatchObject({ name: '许梓萱', phone: '+8613566667777' });
    const invalid = await board.post('/open/v1/resumes/batch', { resumes: [{ externalId: 'bad id!', profile: { name: '许梓萱' } }] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe('resumes.0.externalId');
  });

  it('refuses oversize and wrong-type uploads with 413 and 415', async () => {
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const tooBig = await as.recruiter.upload('/api/v1/candidates/uploads', [{ filename: 'big.pdf', type: 'application/pdf', data: huge }]);
    expect(tooBig.status).toBe(413);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const wrong = await as.recruiter.upload('/api/v1/candidates/uploads', [{ filename: 'resume.pdf', type: 'application/pdf', data: exe }]);
    expect(wrong.status).toBe(415);
  });

  it('counts a hire on the requisition through the events', async () => {
    const person = (await uploadAs(as.recruiter, resumeLines('冯涛', '13955556666'), { requisitionId })).body.results[0];
    for (const toStage of ['screening', 'interview', 'offer', 'hired']) {
      expect((await as.recruiter.post(`/api/v1/applications/${person.application.id}/stage`, { toStage })).status).toBe(200);
    }
    const requisition = await waitUntil(async () => {
      const { body } = await as.hrManager.get(`/api/v1/requisitions/${requisitionId}`);
      return body.hiredCount >= 1 ? body : undefined;
    });
    expect(requisition).toMatchObject({ hiredCount: 1, status: 'filled' });
    const candidate = await waitUntil(async () => {
      const { body } = await as.recruiter.get(`/api/v1/candidates/${person.candidate.id}`);
      return body.status === 'hired' ? body : undefined;
    });
    expect(candidate.status).toBe('hired');
  });
});
