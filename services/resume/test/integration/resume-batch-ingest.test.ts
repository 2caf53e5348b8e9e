import { resumeV1 } from '@hr/contracts';
import { DomainError, connectMongo } from '@hr/platform';
import { EventProbe, dropDatabase, rejectionOf, silentLogger, waitUntil } from '@hr/testing';
import type { Connection } from 'mongoose';
import type { RunningResumeService } from '../../src/resume-service';
import { ResumeClient, isolatedConfig, jobBoard, recruiter, resumeClient, startRequisitionStandIn, startResume } from './resume-harness';

const profile = (name: string, phone: string, email = ''): resumeV1.CandidateProfile =>
  resumeV1.CandidateProfile.fromPartial({ name, phone, email, city: '杭州', skills: ['门店运营'], workHistory: [{ employer: '盒马鲜生', title: '店长' }] });

const item = (externalId: string, person: resumeV1.CandidateProfile, requisitionId = '') =>
  resumeV1.IngestResumeRequest.fromPartial({ source: 'zhaopin', externalId, profile: person, requisitionId, sourcing: { channel: 'job_board', detail: '智联招聘' } });

describe('a job board batch of structured resumes (real FerretDB + RabbitMQ)', () => {
  let requisitions: Awaited<ReturnType<typeof startRequisitionStandIn>>;
  let service: RunningResumeService;
  let client: ResumeClient;
  let probe: EventProbe;
  let config: ReturnType<typeof isolatedConfig>;
  let db: Connection;

  beforeAll(async () => {
    requisitions = await startRequisitionStandIn({ 'req-open': { departmentId: 'stores', status: 'open' } });
    config = isolatedConfig(requisitions.address);
    probe = await EventProbe.start({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, types: ['resume.#'] });
    service = await startResume(config);
    client = resumeClient(service);
    db = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, logger: silentLogger(), attempts: 1 });
  });

  afterAll(async () => {
    client?.close();
    await db?.close();
    await service?.stop();
    await probe?.stop();
    await requisitions?.stop();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });

  const candidates = () => db.collection('candidates');
  const created = (candidateId: string) => probe.events.filter((e) => e.type === 'resume.candidate.created.v1' && (e.data as { candidateId?: string }).candidateId === candidateId);

  it('answers each resume as its own post would: new, known, repeated in the batch, blacklisted, replayed, applying', async () => {
    const known = await client.ingestResume(item('zp-known', profile('周杰', '13900000001')), { principal: jobBoard });
    const blocked = await client.ingestResume(item('zp-blocked', profile('吴敏', '13900000002')), { principal: jobBoard });
    await client.blacklistCandidate({ id: blocked.intake!.candidate!.id, reason: '伪造学历' }, { principal: recruiter });

    const batch = [
      item('zp-b1', profile('林晓东', '13900000011', 'xiaodong.lin@example.cn')),
      item('zp-b2', profile('陈思远', '13900000012')),
      item('zp-b3', profile('周杰', '139 0000 0001')),
      item('zp-b4', profile('林晓东', '13900000099', 'XiaoDong.Lin@example.cn')),
      item('zp-b5', profile('吴敏', '+86 139 0000 0002')),
      item('zp-known', profile('周杰', '13900000001')),
      item('zp-b6', profile('黄佳琪', '13900000013'), 'req-open'),
    ];
    const { results } = await client.ingestResumes({ items: batch }, { principal: jobBoard });

    expect(results.map((r) => [r.externalId, r.outcome])).toEqual([
      ['zp-b1', 'created'],
      ['zp-b2', 'created'],
      ['zp-b3', 'attached'],
      ['zp-b4', 'attached'],
      ['zp-b5', 'refused'],
      ['zp-known', 'replayed'],
      ['zp-b6', 'created'],
    ]);
    expect(results[2]!.candidateId).toBe(known.intake!.candidate!.id);
    expect(results[3]!.candidateId).toBe(results[0]!.candidateId);
    expect(results[4]!.refusal).toMatchObject({ kind: 'failed_precondition', reason: 'CANDIDATE_BLACKLISTED' });
    expect(results[5]!.candidateId).toBe(known.intake!.candidate!.id);
    expect(results[6]!.applicationId).not.toBe('');

    for (const id of [results[0]!.candidateId, results[1]!.candidateId, results[6]!.candidateId]) await probe.waitFor(() => created(id).length === 1);
    await waitUntil(async () => (await candidates().countDocuments({ outboxPending: true })) === 0, { description: 'every outbox to be published' });
    const timeline = db.collection('timeline');
    await waitUntil(async () => (await timeline.countDocuments({ candidateId: results[1]!.candidateId })) === 1, { description: 'the timeline entry' });
    const many = Array.from({ length: 60 }, (_, i) => item(`zp-m${i}`, profile(`批量${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e80 + i)}`, `1380000${String(i).padStart(4, '0')}`)));
    const bulk = await client.ingestResumes({ items: many }, { principal: jobBoard });
    expect(bulk.results.every((r) => r.outcome === 'created')).toBe(true);
    await waitUntil(async () => (await timeline.countDocuments({ candidateId: { $in: bulk.results.map((r) => r.candidateId) } })) === 60, { description: '60 timeline entries' });
    const searched = await client.searchCandidates(resumeV1.SearchCandidatesRequest.fromPartial({ filter: { keywords: '批量' }, page: { page: 1, pageSize: 100 } }), { principal: recruiter });
    expect(searched.candidates).toHaveLength(60);
    const found = await client.searchCandidates(resumeV1.SearchCandidatesRequest.fromPartial({ filter: { keywords: '陈思远' }, page: { page: 1, pageSize: 10 } }), { principal: recruiter });
    expect(found.candidates.map((c) => c.id)).toEqual([results[1]!.candidateId]);
  });

  it('changes nothing when the same batch is posted again', async () => {
    const batch = [item('zp-r1', profile('郑若曦', '13900000021')), item('zp-r2', profile('冯博文', '13900000022'))];
    const first = await client.ingestResumes({ items: batch }, { principal: jobBoard });
    const count = await candidates().countDocuments({});
    const again = await client.ingestResumes({ items: batch }, { principal: jobBoard });
    expect(again.results.map((r) => r.outcome)).toEqual(['replayed', 'replayed']);
    expect(again.results.map((r) => r.candidateId)).toEqual(first.results.map((r) => r.candidateId));
    expect(await candidates().countDocuments({})).toBe(count);
    await probe.waitFor(() => created(first.results[1]!.candidateId).length === 1);
    expect(created(first.results[0]!.candidateId)).toHaveLength(1);
  });

  it('refuses a batch from HR staff, one of more than 100 resumes, and one mixing sources', async () => {
    const one = item('zp-x', profile('曹宇轩', '13900000031'));
    expect(await rejectionOf<DomainError>(client.ingestResumes({ items: [one] }, { principal: recruiter }))).toMatchObject({ kind: 'permission_denied' });
    const tooMany = Array.from({ length: 101 }, (_, i) => item(`zp-many-${i}`, profile('曹宇轩', `1390001${String(i).padStart(4, '0')}`)));
    expect(await rejectionOf<DomainError>(client.ingestResumes({ items: tooMany }, { principal: jobBoard }))).toMatchObject({ kind: 'invalid_argument' });
    const mixed = [one, { ...one, source: 'liepin', externalId: 'lp-1' }];
    expect(await rejectionOf<DomainError>(client.ingestResumes({ items: mixed }, { principal: jobBoard }))).toMatchObject({ kind: 'invalid_argument' });
    expect(await candidates().countDocuments({ 'profile.name': '曹宇轩' })).toBe(0);
  });
});
