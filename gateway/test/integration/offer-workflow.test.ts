import { seedTeam, seedUser } from '../support/seed-users';
import { stubOffer } from '../support/stub-offer-fixtures';
import { StubOfferService, startStubOfferService } from '../support/stub-offer-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

const fieldRules = (body: { errors?: Array<{ field: string; rule: string }> }) => (body.errors ?? []).map((e) => `${e.field}:${e.rule}`);

describe('offer approval, sending, answers and templates (stub offer service, real database)', () => {
  let stub: StubOfferService;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let tokens: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stub = await startStubOfferService(`${TEST_SECRET}-internal`);
    running = await startGateway({ OFFER_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    ({ tokens, ids } = await seedTeam(running));
    tokens.gm = (await seedUser(running, { email: 'gm@example.com', name: '郑总', roles: ['general_manager'] })).token;
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  const post = (path: string, token: string, body: unknown = {}) => request('POST', `/api/v1/offers/${path}`, { token, body });

  it('approves level by level: only the current level decides, reject and return need a comment', async () => {
    stub.offers.set('flow', stubOffer('flow'));
    const submitted = await post('flow/submit', tokens.hr);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'pending_approval', approval: { round: 1, current: 0, currentLevel: 'hr_manager', closed: false } });

    const early = await post('flow/approve', tokens.manager);
    expect(early.status).toBe(403);
    expect(early.body.reason).toBe('NOT_CURRENT_APPROVER');
    const before = stub.calls.length;
    expect(fieldRules((await post('flow/reject', tokens.hrm)).body)).toEqual(['comment:required']);
    expect(fieldRules((await post('flow/return', tokens.hrm, { comment: '   ' })).body)).toEqual(['comment:min_length']);
    expect(stub.calls.length).toBe(before);

    expect((await post('flow/approve', tokens.hrm, { comment: '同意' })).body.approval.currentLevel).toBe('dept_manager');
    expect(stub.last('approveOffer')!.request).toEqual({ id: 'flow', comment: '同意' });
    expect((await post('flow/approve', tokens.manager)).body.approval.currentLevel).toBe('general_manager');
    const approved = await post('flow/approve', tokens.gm);
    expect(approved.body).toMatchObject({ status: 'approved', approval: { closed: true } });
    expect(approved.body.approval).not.toHaveProperty('currentLevel');
    expect(approved.body.approval.history.map((h: { levelKey: string; by: string }) => h.levelKey)).toEqual(['hr_manager', 'dept_manager', 'general_manager']);
    expect(stub.last('approveOffer')!.request.comment).toBe('');

    stub.offers.set('back', stubOffer('back', { status: 'pending_approval', approval: { round: 1, levelKeys: ['hr_manager'], current: 0, closed: false, history: [] } }));
    const returned = await post('back/return', tokens.hrm, { comment: '试用期工资需调整' });
    expect(returned.body).toMatchObject({ status: 'returned', approval: { history: [{ decision: 'returned', comment: '试用期工资需调整' }] } });
  });

  it.each([
    ['draft', 'OFFER_NOT_APPROVED', '只有审批通过的录用通知才能发送。'],
    ['pending_approval', 'OFFER_NOT_APPROVED', '只有审批通过的录用通知才能发送。'],
    ['rejected', 'OFFER_NOT_APPROVED', '只有审批通过的录用通知才能发送。'],
    ['expired', 'OFFER_EXPIRED', '录用通知已过回复期限。'],
  ])('refuses to send a %s offer: 409 %s saying why in Chinese', async (status, reason, why) => {
    stub.offers.set(`no-${status}`, stubOffer(`no-${status}`, { status }));
    const res = await post(`no-${status}/send`, tokens.hr);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.reason).toBe(reason);
    expect(res.body.detail).toBe(why);
    // The service's own English account (naming the status) stays in the logs.
    expect(res.body).not.toHaveProperty('errors');
  });

  it('sends an approved offer, counts each send, lists them and serves each PDF as attached', async () => {
    stub.offers.set('go', stubOffer('go', { status: 'approved', approval: { round: 2, levelKeys: [], current: 0, closed: true, history: [] } }));
    const first = await post('go/send', tokens.hrm);
    expect(first.status).toBe(200);
    expect(stub.last('sendOffer')!.request).toEqual({ id: 'go', toEmail: '', locale: '', templateId: '', templateVersion: 0 });
    expect(first.body.offer).toMatchObject({ status: 'sent', sendCount: 1, lastSentAt: '2026-02-03T04:05:06.000Z' });
    expect(first.body.send).toMatchObject({ sequence: 1, toEmail: 'lina@example.com', locale: 'zh-CN', templateVersion: 1, round: 2, sentBy: ids.hrm });
    expect(first.body.send).not.toHaveProperty('letterId');
    const second = await post('go/send', tokens.hr, { toEmail: 'li.na@example.org', locale: 'en', templateId: 'tpl-p1-en', templateVersion: 3 });
    expect(second.body.offer.sendCount).toBe(2);
    expect(second.body.send).toMatchObject({ sequence: 2, toEmail: 'li.na@example.org', locale: 'en', templateId: 'tpl-p1-en', templateVersion: 3 });
    expect(fieldRules((await post('go/send', tokens.hr, { toEmail: 'nobody' })).body)).toEqual(['toEmail:email']);

    const sends = await request('GET', '/api/v1/offers/go/sends', { token: tokens.manager });
    expect(sends.body).toMatchObject({ sendCount: 2, data: [{ sequence: 1 }, { sequence: 2 }] });
    expect(sends.body.data[0]).not.toHaveProperty('html');
    expect(stub.last('listSends')!.request.includeContent).toBe(false);
    const letters = await request('GET', '/api/v1/offers/go/sends?includeContent=true', { token: tokens.hr });
    expect(letters.body.data[1]).toMatchObject({ sequence: 2, html: '<p>录用通知 #2</p>', pdfFilename: '录用通知-2.pdf' });
    const pdf = await request('GET', '/api/v1/offers/go/sends/2/letter.pdf', { token: tokens.hr });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%BD%95");
    expect(pdf.bytes.toString()).toBe('%PDF-1.7 letter 2');
    expect((await request('GET', '/api/v1/offers/go/sends/9/letter.pdf', { token: tokens.hr })).status).toBe(404);
  });

  it('records a verbal answer or a negotiated change, and withdraws with a reason', async () => {
    stub.offers.set('talk', stubOffer('talk', { status: 'sent' }));
    expect(fieldRules((await post('talk/answer', tokens.hr, { answer: 'declined' })).body)).toEqual(['comment:required']);
    const change = { answer: 'negotiated', comment: '候选人要求延后入职并调薪', salary: { monthlyBase: '31000' }, startDate: '2030-05-06' };
    const negotiated = await post('talk/answer', tokens.hr, change);
    expect(negotiated.status).toBe(200);
    expect(negotiated.body).toMatchObject({ status: 'pending_approval', startDate: '2030-05-06', salary: { monthlyBase: '31000' } });
    const sent = stub.last('recordAnswer')!.request;
    expect(sent).toMatchObject({ id: 'talk', answer: 'negotiated', comment: '候选人要求延后入职并调薪', startDate: '2030-05-06' });
    expect(sent.salary).toEqual({ currency: 'CNY', monthlyBase: '31000', monthsPerYear: 12, allowances: [], bonus: '0' });
    expect(sent.probation).toBeUndefined();
    expect(sent.expiresAt).toBeUndefined();

    stub.offers.set('yes', stubOffer('yes', { status: 'sent' }));
    const accepted = await post('yes/answer', tokens.hrm, { answer: 'accepted' });
    expect(accepted.body).toMatchObject({ status: 'accepted', answer: { answer: 'accepted', via: 'verbal', by: ids.hrm } });
    expect(accepted.body.answer).not.toHaveProperty('reason');

    expect(fieldRules((await post('yes/withdraw', tokens.hr)).body)).toEqual(['reason:required']);
    stub.offers.set('gone', stubOffer('gone'));
    expect((await post('gone/withdraw', tokens.hr, { reason: '岗位取消' })).body).toMatchObject({ status: 'withdrawn', withdrawReason: '岗位取消' });
  });

  it('saves template versions, reads them, and previews as JSON or PDF', async () => {
    const template = { locale: 'en', name: 'Default (en)', subject: 'Your offer from {{company.name}}', body: 'Dear {{candidate.name}},' };
    const saved = await request('POST', '/api/v1/offer-templates', { token: tokens.hrm, body: template });
    expect(saved.status).toBe(201);
    expect(stub.last('saveTemplate')!.request).toEqual({ ...template, positionId: '' });
    expect(saved.body.template).toMatchObject({ id: 'tpl-default-en', locale: 'en', latestVersion: 1, updatedBy: ids.hrm });
    expect(saved.body.template).not.toHaveProperty('positionId');
    const again = await request('POST', '/api/v1/offer-templates', { token: tokens.hr, body: { ...template, body: 'Hello {{candidate.name}}' } });
    expect(again.body.version).toMatchObject({ templateId: 'tpl-default-en', version: 2, body: 'Hello {{candidate.name}}' });
    expect(fieldRules((await request('POST', '/api/v1/offer-templates', { token: tokens.hr, body: { ...template, subject: 'a\nb' } })).body)).toEqual([
      'subject:single_line',
    ]);

    expect((await request('GET', '/api/v1/offer-templates?locale=en', { token: tokens.hr })).body.data).toHaveLength(1);
    expect(stub.last('listTemplates')!.request).toEqual({ locale: 'en' });
    expect((await request('GET', '/api/v1/offer-templates/tpl-default-en/versions', { token: tokens.hr })).body.data).toHaveLength(2);
    const latest = await request('GET', '/api/v1/offer-templates/tpl-default-en/versions/latest', { token: tokens.hr });
    expect(stub.last('getTemplateVersion')!.request).toEqual({ templateId: 'tpl-default-en', version: 0 });
    expect(latest.body.version.version).toBe(2);
    expect((await request('GET', '/api/v1/offer-templates/tpl-default-en/versions/1', { token: tokens.hr })).body.version.body).toBe('Dear {{candidate.name}},');
    expect((await request('GET', '/api/v1/offer-templates/tpl-default-en/versions/7', { token: tokens.hr })).status).toBe(404);

    const html = await request('POST', '/api/v1/offer-templates/preview', { token: tokens.hr, body: { templateId: 'tpl-default-en', offerId: 'go' } });
    expect(html.body).toEqual({ subject: 'Your offer from {{company.name}}', html: '<h1>Your offer from {{company.name}}</h1>', text: 'Hello {{candidate.name}}' });
    expect(stub.last('previewTemplate')!.request).toMatchObject({ templateId: 'tpl-default-en', templateVersion: 0, offerId: 'go', includePdf: false });
    const asPdf: Array<{ path: string; headers: Record<string, string> }> = [
      { path: '?format=pdf', headers: {} },
      { path: '', headers: { accept: 'application/pdf' } },
    ];
    for (const options of asPdf) {
      const pdf = await request('POST', `/api/v1/offer-templates/preview${options.path}`, {
        token: tokens.hr,
        body: { subject: '录用通知', body: '# 录用通知', locale: 'zh-CN' },
        headers: options.headers,
      });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.bytes.toString()).toBe('%PDF-1.7 preview');
      expect(stub.last('previewTemplate')!.request).toMatchObject({ templateId: '', subject: '录用通知', includePdf: true });
    }
    expect(fieldRules((await request('POST', '/api/v1/offer-templates/preview', { token: tokens.hr, body: {} })).body).sort()).toEqual([
      'body:required',
      'subject:required',
    ]);
  });
});
