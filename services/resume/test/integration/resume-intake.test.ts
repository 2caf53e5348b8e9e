import { DomainError } from '@hr/platform';
import { EventProbe, dropDatabase, rejectionOf, waitUntil } from '@hr/testing';
import type { RunningResumeService } from '../../src/resume-service';
import {
  DOCX_MIME,
  ResumeClient,
  chineseResume,
  docxOf,
  hrManager,
  interviewer,
  isolatedConfig,
  jobBoard,
  recruiter,
  resumeClient,
  startRequisitionStandIn,
  startResume,
} from './resume-harness';

const failure = (call: Promise<unknown>) => rejectionOf<DomainError>(call);

describe('resume intake, duplicates, blacklist and pipeline (real FerretDB + RabbitMQ)', () => {
  let requisitions: Awaited<ReturnType<typeof startRequisitionStandIn>>;
  let service: RunningResumeService;
  let client: ResumeClient;
  let probe: EventProbe;
  let config: ReturnType<typeof isolatedConfig>;

  beforeAll(async () => {
    requisitions = await startRequisitionStandIn({ 'req-open': { departmentId: 'sales', status: 'open' }, 'req-closed': { departmentId: 'sales', status: 'closed' } });
    config = isolatedConfig(requisitions.address);
    probe = await EventProbe.start({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, types: ['resume.#'] });
    service = await startResume(config);
    client = resumeClient(service);
  });

  afterAll(async () => {
    client?.close();
    await service?.stop();
    await probe?.stop();
    await requisitions?.stop();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });

  const upload = async (lines: string[], requisitionId = '', principal = recruiter) =>
    client.uploadResume(
      { filename: '简历.docx', mimeType: DOCX_MIME, data: await docxOf(lines), candidateId: '', requisitionId, source: { channel: 'job_board', detail: '前程无忧', referrerEmployeeId: '', invitingHrId: '', responsibleHrId: 'u-hr-2' } },
      { principal },
    );

  it('parses an uploaded Chinese DOCX, links it to the open requisition and records who sourced it', async () => {
    const { intake } = await upload(chineseResume(), 'req-open');
    expect(intake!.outcome).toBe('created');
    const candidate = intake!.candidate!;
    expect(candidate.profile).toMatchObject({ name: '李晓燕', phone: '+8613800138000', email: 'xiaoyan.li@example.com', city: '上海' });
    expect(candidate.resumes).toEqual([expect.objectContaining({ kind: 'docx', parseStatus: 'parsed', uploadedBy: recruiter.userId })]);
    expect(intake!.application).toMatchObject({ requisitionId: 'req-open', stage: 'new' });
    expect(intake!.application!.source).toMatchObject({ channel: 'job_board', detail: '前程无忧', invitingHrId: recruiter.userId, responsibleHrId: 'u-hr-2' });
    await probe.waitFor((e) => e.type === 'resume.application.created.v1' && (e.data as any).candidateId === candidate.id);
  });

  it('attaches a second resume of the same person (same phone, other format) to the same candidate', async () => {
    const first = (await upload(chineseResume({ name: '王磊', phone: '13912345678' }))).intake!;
    const second = (await upload(chineseResume({ name: '王磊', phone: '+86 139 1234 5678' }))).intake!;
    expect(second.outcome).toBe('attached');
    expect(second.candidate!.id).toBe(first.candidate!.id);
    expect(second.candidate!.resumes).toHaveLength(2);
  });

  it('suggests a merge for a similar name with the same school but other contacts, and merges on acceptance', async () => {
    const first = (await upload(chineseResume({ name: '赵敏', phone: '13700000001', school: '复旦大学' }))).intake!;
    const second = (await upload(chineseResume({ name: '赵敏', phone: '13700000002', school: '复旦大学' }))).intake!;
    expect(second.outcome).toBe('suggested_merge');
    const resolved = await client.resolveMergeSuggestion({ id: second.mergeSuggestionId, accept: true }, { principal: recruiter });
    expect(resolved.candidate!.id).toBe(first.candidate!.id);
    expect(resolved.candidate!.phones).toEqual(expect.arrayContaining(['+8613700000001', '+8613700000002']));
    const merged = await client.getCandidate({ id: second.candidate!.id }, { principal: recruiter });
    expect(merged.candidate).toMatchObject({ status: 'merged', mergedInto: first.candidate!.id });
  });

  it('refuses a blacklisted person by phone, from HR and from a job board, and emits an event', async () => {
    const { intake } = await upload(chineseResume({ name: '孙强', phone: '13600000003' }));
    const id = intake!.candidate!.id;
    expect(await failure(client.blacklistCandidate({ id, reason: '伪造学历' }, { principal: interviewer }))).toMatchObject({ kind: 'permission_denied' });
    await client.blacklistCandidate({ id, reason: '伪造学历' }, { principal: recruiter });
    expect(await failure(upload(chineseResume({ name: '孙强', phone: '136 0000 0003' })))).toMatchObject({ kind: 'failed_precondition', reason: 'CANDIDATE_BLACKLISTED' });
    const viaBoard = client.ingestResume(
      { source: 'zhaopin', externalId: 'zp-1', profile: { name: '孙强', phone: '13600000003', email: '', gender: '', birthYear: 0, city: '', education: [], workHistory: [], yearsOfExperience: 0, skills: [], languages: [] }, filename: '', mimeType: '', data: Buffer.alloc(0), requisitionId: '' },
      { principal: jobBoard },
    );
    expect(await failure(viaBoard)).toMatchObject({ reason: 'CANDIDATE_BLACKLISTED' });
    await probe.waitFor((e) => e.type === 'resume.candidate.blacklist-hit.v1' && (e.data as any).via === 'open_api');
    expect(await failure(client.unblacklistCandidate({ id, reason: '核实无误' }, { principal: recruiter }))).toMatchObject({ kind: 'permission_denied' });
    const lifted = await client.unblacklistCandidate({ id, reason: '核实无误' }, { principal: hrManager });
    expect(lifted.candidate!.status).toBe('active');
  });

  it('answers a job board posting the same external id again with the same ids and no duplicate', async () => {
    const profile = { name: 'Emily Zhou', phone: '+1 415 555 0100', email: 'emily.zhou@example.com', gender: '', birthYear: 0, city: 'Shenzhen', education: [], workHistory: [], yearsOfExperience: 6, skills: ['Java'], languages: [] };
    const post = () => client.ingestResume({ source: 'zhaopin', externalId: 'zp-42', profile, filename: '', mimeType: '', data: Buffer.alloc(0), requisitionId: 'req-open' }, { principal: jobBoard });
    const first = await post();
    const again = await post();
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.intake!.candidate!.id).toBe(first.intake!.candidate!.id);
    expect(again.intake!.application!.id).toBe(first.intake!.application!.id);
    const listed = await client.listApplications({ candidateId: first.intake!.candidate!.id, requisitionId: '', stages: [], interviewerId: '' }, { principal: recruiter });
    expect(listed.applications).toHaveLength(1);
    expect(await failure(client.ingestResume({ source: 'zhaopin', externalId: 'zp-43', profile, filename: '', mimeType: '', data: Buffer.alloc(0), requisitionId: '' }, { principal: recruiter }))).toMatchObject({ kind: 'permission_denied' });
  });

  it('moves an application through its stages and refuses illegal moves and closed requisitions', async () => {
    const { intake } = await upload(chineseResume({ name: '周杰', phone: '13500000005' }), 'req-open');
    const id = intake!.application!.id;
    await client.changeApplicationStage({ id, toStage: 'screening', reasonCode: '', comment: '', expectedVersion: 0 }, { principal: recruiter });
    expect(await failure(client.changeApplicationStage({ id, toStage: 'rejected', reasonCode: '', comment: '', expectedVersion: 0 }, { principal: recruiter }))).toMatchObject({ kind: 'invalid_argument' });
    const rejected = await client.changeApplicationStage({ id, toStage: 'rejected', reasonCode: 'skills_mismatch', comment: '经验不足', expectedVersion: 0 }, { principal: recruiter });
    expect(rejected.application).toMatchObject({ stage: 'rejected' });
    expect(rejected.application!.stageHistory.at(-1)).toMatchObject({ fromStage: 'screening', toStage: 'rejected', reasonCode: 'skills_mismatch', comment: '经验不足' });
    expect(await failure(client.changeApplicationStage({ id, toStage: 'offer', reasonCode: '', comment: '', expectedVersion: 0 }, { principal: recruiter }))).toMatchObject({ kind: 'failed_precondition' });
    const closed = client.createApplication({ candidateId: intake!.candidate!.id, requisitionId: 'req-closed' }, { principal: recruiter });
    expect(await failure(closed)).toMatchObject({ reason: 'REQUISITION_NOT_OPEN' });
  });

  it('keeps an unreadable file and marks the person for manual entry', async () => {
    const { intake } = await client.uploadResume(
      { filename: 'broken.pdf', mimeType: 'application/pdf', data: Buffer.from('%PDF-1.7 this is not really a pdf'), candidateId: '', requisitionId: '' },
      { principal: recruiter },
    );
    expect(intake).toMatchObject({ parseFailed: true, candidate: { needsManualEntry: true } });
    const file = await client.getResumeFile({ candidateId: intake!.candidate!.id, fileId: intake!.candidate!.resumes[0].id }, { principal: recruiter });
    expect(Buffer.from(file.data).toString()).toContain('not really a pdf');
  });

  it('keeps HR corrections with before and after, and tells the whole story in the timeline', async () => {
    const { intake } = await upload(chineseResume({ name: '钱多多', phone: '13300000007' }), 'req-open');
    const id = intake!.candidate!.id;
    const corrected = await client.updateCandidate({ id, profile: { ...intake!.candidate!.profile!, city: '杭州' }, expectedVersion: 0 }, { principal: recruiter });
    expect(corrected.candidate!.corrections).toEqual([expect.objectContaining({ field: 'city', fromValue: '上海', toValue: '杭州', by: recruiter.userId })]);
    const timeline = await waitUntil(async () => {
      const { entries } = await client.getTimeline({ candidateId: id }, { principal: recruiter });
      return entries.length >= 4 ? entries : undefined;
    });
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['resume.candidate.created.v1', 'resume.candidate.resume-attached.v1', 'resume.application.created.v1', 'resume.candidate.updated.v1']),
    );
  });
});
