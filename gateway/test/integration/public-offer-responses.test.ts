import { DomainError } from '@hr/platform';
import { stubAnswerLink } from '../support/stub-offer-fixtures';
import { StubOfferService, startStubOfferService } from '../support/stub-offer-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const BASE = '/public/v1/offer-responses';
const TOKENS = {
  acceptZh: 'eyJhY2NlcHQiOiJ6aCJ9.c2lnbmF0dXJlLTE',
  declineEn: 'eyJkZWNsaW5lIjoiZW4ifQ.c2lnbmF0dXJlLTI',
  hostile: 'eyJob3N0aWxlIjoxfQ.c2lnbmF0dXJlLTM',
  expired: 'eyJleHBpcmVkIjoxfQ.c2lnbmF0dXJlLTQ',
  lapsed: 'eyJsYXBzZWQiOjF9.c2lnbmF0dXJlLTU',
  superseded: 'eyJzdXBlcnNlZGVkIjoxfQ.c2lnbmF0dXJlLTY',
  tampered: 'eyJhY2NlcHQiOiJ6aCJ9.c2lnbmF0dXJlLTX',
};
const page = (accept = BROWSER, language = 'zh-CN') => ({ headers: { accept, 'accept-language': language } });
const form = (fields: Record<string, string>, language = 'zh-CN') => ({
  rawBody: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER, 'accept-language': language },
});

describe('public offer answer links (stub offer service, real database)', () => {
  let stub: StubOfferService;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    stub = await startStubOfferService(`${TEST_SECRET}-internal`);
    running = await startGateway({ OFFER_GRPC_URL: stub.address, COMPANY_TIMEZONE: 'Asia/Shanghai' });
    request = httpClient(running.baseUrl);
    stub.links.set(TOKENS.acceptZh, stubAnswerLink());
    stub.links.set(TOKENS.declineEn, stubAnswerLink({ action: 'decline', locale: 'en', candidateName: 'Ann Lee', positionTitle: 'Sales Lead' }));
    stub.links.set(TOKENS.hostile, stubAnswerLink({ candidateName: '<script>alert("pwned")</script>', departmentName: '</dd><a href="javascript:x">' }));
    stub.links.set(TOKENS.expired, new DomainError('failed_precondition', 'OFFER_LINK_EXPIRED', 'the link has expired'));
    stub.links.set(TOKENS.lapsed, new DomainError('failed_precondition', 'OFFER_EXPIRED', 'the offer expired at 2030-03-20T10:00:00.000Z'));
    stub.links.set(TOKENS.superseded, new DomainError('failed_precondition', 'OFFER_LINK_SUPERSEDED', 'the offer has changed'));
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it("shows the page in the letter's language, without an account, without answering and without pay", async () => {
    const res = await request('GET', `${BASE}/${TOKENS.acceptZh}`, page(BROWSER, 'en'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<dt>职位</dt><dd>Java 工程师</dd>');
    expect(res.body).toContain('<dt>入职日期</dt><dd>2030年4月1日</dd>');
    expect(res.body).toContain('<input type="hidden" name="action" value="accept">');
    expect(res.body).not.toMatch(/薪|30000|30,000/);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // Mail scanners fetch links: a GET never answers the offer.
    expect(stub.last('answerByLink')).toBeUndefined();
    expect(stub.last('describeAnswerLink')!.call.principal).toBeUndefined();
    expect(stub.calls.map((c) => c.method)).not.toContain('getOffer');

    const en = await request('GET', `${BASE}/${TOKENS.declineEn}`, page());
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Dear Ann Lee,');
    expect(en.body).toContain('<textarea id="reason" name="reason" rows="4" maxlength="1000" required></textarea>');
  });

  it('escapes what the offer holds, so a name cannot inject markup', async () => {
    const res = await request('GET', `${BASE}/${TOKENS.hostile}`, page());
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('<a href');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
  });

  it('describes the link as JSON to a JSON caller', async () => {
    const res = await request('GET', `${BASE}/${TOKENS.declineEn}`, page('application/json'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: 'decline', offerStatus: 'sent', positionTitle: 'Sales Lead', locale: 'en', startDate: '2030-04-01' });
    expect(Object.keys(res.body).sort()).toEqual(
      ['action', 'candidateName', 'companyName', 'departmentName', 'expiresAt', 'locale', 'offerStatus', 'positionTitle', 'startDate'].sort(),
    );
  });

  it('needs a reason to decline: 400 naming `reason` for JSON, the form again for browsers', async () => {
    const json = await request('POST', `${BASE}/${TOKENS.declineEn}`, { body: { reason: '  ' } });
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    expect(json.body).toMatchObject({ reason: 'VALIDATION_FAILED', errors: [{ field: 'reason', rule: 'required' }] });
    const browser = await request('POST', `${BASE}/${TOKENS.declineEn}`, form({ action: 'decline' }));
    expect(browser.status).toBe(400);
    expect(browser.body).toContain('<p class="error" role="alert">Please give a reason for declining.</p>');
    expect(browser.body).toContain('<textarea id="reason"');
    expect(stub.last('answerByLink')).toBeUndefined();
  });

  it('records an answer: a page for a form post, JSON for a JSON post', async () => {
    const declined = await request('POST', `${BASE}/${TOKENS.declineEn}`, form({ action: 'decline', reason: '  已接受其他 offer  ' }));
    expect(declined.status).toBe(200);
    expect(declined.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(declined.body).toContain('Offer declined');
    expect(stub.last('answerByLink')!.request).toEqual({ token: TOKENS.declineEn, reason: '已接受其他 offer' });

    const accepted = await request('POST', `${BASE}/${TOKENS.acceptZh}`, { body: { reason: 'ignored' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ offerStatus: 'accepted', locale: 'zh-CN' });
    expect(stub.last('answerByLink')!.request).toEqual({ token: TOKENS.acceptZh, reason: '' });
    const again = await request('GET', `${BASE}/${TOKENS.acceptZh}`, page());
    expect(again.body).toContain('您已接受此录用');
    expect(again.body).not.toContain('<form');
  });

  it('refuses an answer the link is not for', async () => {
    const json = await request('POST', `${BASE}/${TOKENS.declineEn}`, { body: { action: 'accept' } });
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ reason: 'OFFER_LINK_WRONG_ACTION', errors: [{ field: 'action', rule: 'link_action' }] });
  });

  it.each([
    [TOKENS.tampered, 403, 'OFFER_LINK_INVALID', 'This link is not valid.'],
    [TOKENS.expired, 409, 'OFFER_LINK_EXPIRED', 'This link has expired.'],
    [TOKENS.lapsed, 409, 'OFFER_EXPIRED', 'The time to answer this offer has passed.'],
    [TOKENS.superseded, 409, 'OFFER_LINK_SUPERSEDED', 'The offer has changed since this link was sent.'],
    ['no-dot-here', 400, 'OFFER_LINK_MALFORMED', 'This link is incomplete or malformed.'],
  ])('refuses %s with %i %s: a page for browsers, problem+json for JSON', async (token, status, reason, text) => {
    const html = await request('GET', `${BASE}/${token}`, page(BROWSER, 'en'));
    expect(html.status).toBe(status);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.body).toContain(text);
    expect(html.body).toContain(`Error code: ${reason}`);
    const zh = await request('POST', `${BASE}/${token}`, form({ reason: 'x' }, 'zh-CN'));
    expect(zh.status).toBe(status);
    expect(zh.body).toContain('<html lang="zh-CN">');
    const json = await request('POST', `${BASE}/${token}`, { body: { reason: 'x' }, headers: { 'accept-language': 'en' } });
    expect(json.status).toBe(status);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    expect(json.body).toMatchObject({ status, reason });
  });

  it('checks the body at the gateway and throttles each client address', async () => {
    const tooLong = await request('POST', `${BASE}/${TOKENS.declineEn}`, { body: { reason: 'x'.repeat(1001) } });
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'max_length' })]);
    const text = await request('POST', `${BASE}/${TOKENS.declineEn}`, { rawBody: 'decline', headers: { 'content-type': 'text/plain', accept: 'application/json' } });
    expect(text.status).toBe(415);
    const limited = await startGateway({ OFFER_GRPC_URL: stub.address, PUBLIC_RATE_LIMIT: '1' });
    try {
      const call = () => httpClient(limited.baseUrl)('GET', `${BASE}/${TOKENS.declineEn}`, page(BROWSER, 'en'));
      expect((await call()).status).toBe(200);
      const second = await call();
      expect(second.status).toBe(429);
      expect(second.body).toContain('Too many requests. Please try again in a minute.');
    } finally {
      await limited.stop();
    }
  });
});
