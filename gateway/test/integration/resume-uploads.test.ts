import { seedUser } from '../support/seed-users';
import { PNG_1X1, fakeExe, plainZip, tinyDocx, tinyPdf } from '../support/resume-fixtures';
import { startStubResumeService } from '../support/stub-resume-service';
import { RunningGateway, TEST_SECRET, formData, httpClient, startGateway } from '../support/test-gateway';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MiB = 1024 * 1024;

describe('resume uploads through the gateway (stub resume service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubResumeService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let docx: Buffer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stub = await startStubResumeService(`${TEST_SECRET}-internal`);
    running = await startGateway({ RESUME_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    docx = await tinyDocx();
    const seeds = {
      hr: { email: 'hr@example.com', name: '吴招聘', roles: ['hr' as const] },
      hrm: { email: 'hrm@example.com', name: '周主管', roles: ['hr_manager' as const] },
      interviewer: { email: 'iv@example.com', name: '郑面试', roles: ['interviewer' as const] },
    };
    for (const [key, seed] of Object.entries(seeds)) {
      const { user, token } = await seedUser(running, seed);
      tokens[key] = token;
      ids[key] = user.id;
    }
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  const upload = (files: Array<{ name: string; type: string; data: Buffer }>, fields: Record<string, string> = {}, token = tokens.hr) =>
    request('POST', '/api/v1/candidates/uploads', { token, form: formData(fields, files) });

  it('sends a PDF and a DOCX to the service, the caller as inviting HR', async () => {
    const before = stub.calls.length;
    const res = await upload(
      [
        { name: '张伟-简历.pdf', type: 'application/pdf', data: tinyPdf() },
        { name: 'Li Na resume.docx', type: DOCX, data: docx },
      ],
      { requisitionId: 'req-7', channel: 'job_board', detail: '智联招聘', responsibleHrId: ids.hrm },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accepted: 2, failed: 0 });
    expect(res.body.results.map((r: { filename: string; ok: boolean }) => [r.filename, r.ok])).toEqual([
      ['张伟-简历.pdf', true],
      ['Li Na resume.docx', true],
    ]);
    expect(res.body.results[0]).toMatchObject({ outcome: 'created', parseFailed: false, application: { requisitionId: 'req-7' } });
    const sent = stub.calls.slice(before).filter((c) => c.method === 'uploadResume');
    expect(sent.map((c) => [c.request.filename, c.request.mimeType])).toEqual([
      ['张伟-简历.pdf', 'application/pdf'],
      ['Li Na resume.docx', DOCX],
    ]);
    expect(Buffer.compare(sent[1].request.data, docx)).toBe(0);
    for (const call of sent) {
      expect(call.request.source).toEqual({ channel: 'job_board', detail: '智联招聘', referrerEmployeeId: '', invitingHrId: ids.hr, responsibleHrId: ids.hrm });
      expect(call.request.requisitionId).toBe('req-7');
      expect(call.call.principal).toMatchObject({ userId: ids.hr, roles: ['hr'] });
    }
  });

  it('serves an uploaded file back with its type and a UTF-8 file name', async () => {
    const [candidate] = [...stub.candidates.values()].filter((c) => c.resumes[0]?.filename === '张伟-简历.pdf');
    const res = await request('GET', `/api/v1/candidates/${candidate.id}/resumes/${candidate.resumes[0].id}`, { token: tokens.hr });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%BC%A0%E4%BC%9F-%E7%AE%80%E5%8E%86.pdf");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.compare(res.bytes, tinyPdf())).toBe(0);
    expect((await request('GET', `/api/v1/candidates/${candidate.id}/resumes/nope`, { token: tokens.hr })).status).toBe(404);
  });

  it('carries files beyond grpc-js default 4 MiB receive limit, both ways', async () => {
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(6 * MiB, 0x20)]);
    const res = await upload([{ name: 'big.pdf', type: 'application/pdf', data: big }]);
    expect(res.status).toBe(201);
    expect(stub.last('uploadResume')!.request.data.length).toBe(big.length);
    const { candidate } = res.body.results[0];
    const download = await request('GET', `/api/v1/candidates/${candidate.id}/resumes/${candidate.resumes[0].id}`, { token: tokens.hr });
    expect(download.status).toBe(200);
    expect(download.bytes.length).toBe(big.length);
  });

  it('refuses a file over RESUME_MAX_FILE_BYTES with 413 naming it, before calling the service', async () => {
    const before = stub.calls.length;
    const huge = Buffer.concat([tinyPdf(), Buffer.alloc(10 * MiB)]);
    const res = await upload([
      { name: 'ok.pdf', type: 'application/pdf', data: tinyPdf() },
      { name: '超大简历.pdf', type: 'application/pdf', data: huge },
    ]);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ reason: 'FILE_TOO_LARGE' });
    expect(res.body.detail).toContain('超大简历.pdf');
    expect(res.body.detail).toContain('10 MiB');
    expect(stub.calls.length).toBe(before);
  });

  it.each([
    ['an executable', 'setup.exe', 'application/x-msdownload', fakeExe()],
    ['a zip renamed .pdf', 'resume.pdf', 'application/pdf', plainZip()],
    ['a DOCX declared as PDF', 'resume.pdf', 'application/pdf', Buffer.alloc(0)],
    ['HTML', 'cv.html', 'text/html', Buffer.from('<html><script>alert(1)</script></html>')],
  ])('refuses %s with 415 naming the file', async (_name, filename, type, data) => {
    const before = stub.calls.length;
    const res = await upload([
      { name: 'photo.png', type: 'image/png', data: PNG_1X1 },
      { name: filename, type, data: data.length ? data : docx },
    ]);
    expect(res.status).toBe(415);
    expect(res.body.reason).toBe('UNSUPPORTED_FILE_TYPE');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'files.1', rule: 'file_type' })]);
    expect(res.body.detail).toContain(filename);
    expect(stub.calls.length).toBe(before);
  });

  it('answers 201 with a problem per refused file when only some are accepted', async () => {
    const res = await upload([
      { name: 'fine.pdf', type: 'application/pdf', data: tinyPdf() },
      { name: 'blacklisted-person.pdf', type: 'application/pdf', data: tinyPdf() },
    ]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accepted: 1, failed: 1 });
    expect(res.body.results[1]).toMatchObject({
      filename: 'blacklisted-person.pdf',
      ok: false,
      problem: { status: 409, reason: 'CANDIDATE_BLACKLISTED', instance: '/api/v1/candidates/uploads' },
    });
  });

  it("answers the first file's problem when no file is accepted", async () => {
    const res = await upload([{ name: 'blacklisted.pdf', type: 'application/pdf', data: tinyPdf() }]);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ reason: 'CANDIDATE_BLACKLISTED' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'files.0', rule: 'CANDIDATE_BLACKLISTED' })]);
  });

  it('validates the request itself: content type, files, fields and roles', async () => {
    const json = await request('POST', '/api/v1/candidates/uploads', { token: tokens.hr, body: { files: [] } });
    expect(json.status).toBe(415);
    const none = await upload([], { requisitionId: 'req-1' });
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'files', rule: 'required' })]);
    const fields = await upload([{ name: 'a.pdf', type: 'application/pdf', data: tinyPdf() }], { channel: 'carrier_pigeon', bogus: 'x', responsibleHrId: ids.interviewer });
    expect(fields.status).toBe(400);
    expect(fields.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`).sort()).toEqual(['bogus:unknown_key', 'channel:enum']);
    const notHr = await upload([{ name: 'a.pdf', type: 'application/pdf', data: tinyPdf() }], { responsibleHrId: ids.interviewer });
    expect(notHr.status).toBe(400);
    expect(notHr.body.errors).toEqual([expect.objectContaining({ field: 'responsibleHrId', rule: 'recruiter' })]);
    const tooMany = await upload(Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, type: 'text/plain', data: Buffer.from('张伟') })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'files', rule: 'max_items' })]);
    const denied = await upload([{ name: 'a.pdf', type: 'application/pdf', data: tinyPdf() }], {}, tokens.interviewer);
    expect(denied.status).toBe(403);
    const anonymous = await request('POST', '/api/v1/candidates/uploads', { form: formData({}, [{ name: 'a.pdf', type: 'application/pdf', data: tinyPdf() }]) });
    expect(anonymous.status).toBe(401);
  });
});
