import { DomainError } from '@hr/platform';
import { startStubInterviewService, stubLink } from '../support/stub-interview-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const BASE = '/public/v1/interview-responses';
const TOKENS = {
  confirmZh: 'eyJjb25maXJtIjoiemgifQ.c2lnbmF0dXJlLTE',
  declineEn: 'eyJkZWNsaW5lIjoiZW4ifQ.c2lnbmF0dXJlLTI',
  noLocale: 'eyJub0xvY2FsZSI6MX0.c2lnbmF0dXJlLTM',
  hostile: 'eyJob3N0aWxlIjoxfQ.c2lnbmF0dXJlLTQ',
  expired: 'eyJleHBpcmVkIjoxfQ.c2lnbmF0dXJlLTU',
  superseded: 'eyJzdXBlcnNlZGVkIjoxfQ.c2lnbmF0dXJlLTY',
  tampered: 'eyJjb25maXJtIjoiemgifQ.c2lnbmF0dXJlLTX',
};
const page = (accept = BROWSER, language = 'zh-CN') => ({ headers: { accept, 'accept-language': language } });
const form = (fields: Record<string, string>, language = 'zh-CN') => ({
  rawBody: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: BROWSER, 'accept-language': language },
});

describe('public interview response links (stub interview service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubInterviewService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    stub = await startStubInterviewService(`${TEST_SECRET}-internal`);
    running = await startGateway({ INTERVIEW_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    stub.links.set(TOKENS.confirmZh, stubLink());
    stub.links.set(TOKENS.declineEn, stubLink({ action: 'decline', locale: 'en', positionTitle: 'Sales Lead', candidateName: 'Ann Lee' }));
    stub.links.set(TOKENS.noLocale, stubLink({ locale: '' }));
    stub.links.set(TOKENS.hostile, stubLink({ candidateName: '<script>alert("pwned")</script>', positionTitle: '</dd><a href="javascript:x">' }));
    stub.links.set(TOKENS.expired, new DomainError('failed_precondition', 'RESPONSE_LINK_EXPIRED', 'the link has expired'));
    stub.links.set(TOKENS.superseded, new DomainError('failed_precondition', 'RESPONSE_LINK_SUPERSEDED', 'the interview has changed'));
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('shows the page of a link in its language, without an account and without answering', async () => {
    const res = await request('GET', `${BASE}/${TOKENS.confirmZh}`, page(BROWSER, 'en'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('Java 工程师');
    expect(res.body).toContain('2030年3月5日星期二 14:00–15:00 (Asia/Shanghai, GMT+8)');
    expect(res.body).toContain('<input type="hidden" name="action" value="confirm">');
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // Mail scanners fetch links: a GET never answers the invitation.
    expect(stub.last('respondToInvitation')).toBeUndefined();
    expect(stub.last('describeResponseLink')!.call.principal).toBeUndefined();

    const en = await request('GET', `${BASE}/${TOKENS.declineEn}`, page());
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Dear Ann Lee,');
    expect(en.body).toContain('<textarea id="comment" name="comment"');
    const fallback = await request('GET', `${BASE}/${TOKENS.noLocale}`, page(BROWSER, 'en-US,en;q=0.9'));
    expect(fallback.body).toContain('<html lang="en">');
  });

  it('escapes what the invitation holds, so a name cannot inject markup', async () => {
    const res = await request('GET', `${BASE}/${TOKENS.hostile}`, page());
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('<a href');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(res.body).toContain('&lt;/dd&gt;&lt;a href&#x3D;&quot;javascript:x&quot;&gt;');
  });

  it('describes the link as JSON to a JSON caller', async () => {
    const res = await request('GET', `${BASE}/${TOKENS.declineEn}`, page('application/json'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: 'decline', positionTitle: 'Sales Lead', locale: 'en', startsAt: '2030-03-05T06:00:00.000Z', candidateResponse: 'pending' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a form post with a page and a JSON post with JSON', async () => {
    const declined = await request('POST', `${BASE}/${TOKENS.declineEn}`, form({ action: 'decline', comment: '  已接受其他 offer  ' }));
    expect(declined.status).toBe(200);
    expect(declined.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(declined.body).toContain('Interview declined');
    expect(stub.last('respondToInvitation')!.request).toEqual({ token: TOKENS.declineEn, comment: '已接受其他 offer' });

    const confirmed = await request('POST', `${BASE}/${TOKENS.confirmZh}`, { body: {} });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ candidateResponse: 'confirmed', locale: 'zh-CN' });
    const again = await request('GET', `${BASE}/${TOKENS.confirmZh}`, page());
    expect(again.body).toContain('您已确认参加此次面试。');
    expect(again.body).not.toContain('<form');
  });

  it('refuses an answer the link is not for', async () => {
    const json = await request('POST', `${BASE}/${TOKENS.confirmZh}`, { body: { action: 'decline' } });
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    expect(json.body).toMatchObject({ reason: 'RESPONSE_LINK_WRONG_ACTION', errors: [{ field: 'action', rule: 'link_action' }] });
    const browser = await request('POST', `${BASE}/${TOKENS.confirmZh}`, form({ action: 'decline' }));
    expect(browser.status).toBe(400);
    expect(browser.body).toContain('此链接不能用于该操作。');
  });

  it.each([
    [TOKENS.tampered, 403, 'RESPONSE_LINK_INVALID', 'This link is not valid.'],
    [TOKENS.expired, 409, 'RESPONSE_LINK_EXPIRED', 'This link has expired.'],
    [TOKENS.superseded, 409, 'RESPONSE_LINK_SUPERSEDED', 'The interview has changed since this link was sent.'],
    ['no-dot-here', 400, 'RESPONSE_LINK_MALFORMED', 'This link is incomplete or malformed.'],
    ['a.b.c', 400, 'RESPONSE_LINK_MALFORMED', 'This link is incomplete or malformed.'],
  ])('refuses %s with %i %s: a page for browsers, problem+json for JSON', async (token, status, reason, text) => {
    const html = await request('GET', `${BASE}/${token}`, page(BROWSER, 'en'));
    expect(html.status).toBe(status);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.body).toContain(text);
    expect(html.body).toContain(`Error code: ${reason}`);
    const zh = await request('POST', `${BASE}/${token}`, form({}, 'zh-CN'));
    expect(zh.status).toBe(status);
    expect(zh.body).toContain('<html lang="zh-CN">');
    const json = await request('POST', `${BASE}/${token}`, { body: { comment: 'x' }, headers: { 'accept-language': 'en' } });
    expect(json.status).toBe(status);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    expect(json.body).toMatchObject({ status, reason });
  });

  it('checks a malformed token and the body at the gateway', async () => {
    const before = stub.calls.length;
    const huge = await request('GET', `${BASE}/${'x'.repeat(2000)}.y`, page('application/json'));
    expect(huge.body).toMatchObject({ status: 400, reason: 'RESPONSE_LINK_MALFORMED' });
    const tooLong = await request('POST', `${BASE}/${TOKENS.declineEn}`, { body: { comment: 'x'.repeat(1001) } });
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'comment', rule: 'max_length' })]);
    const unknown = await request('POST', `${BASE}/${TOKENS.declineEn}`, form({ action: 'decline', $where: '1' }));
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const text = await request('POST', `${BASE}/${TOKENS.declineEn}`, { rawBody: 'decline', headers: { 'content-type': 'text/plain', accept: 'application/json' } });
    expect(text.status).toBe(415);
    expect(stub.calls.length).toBe(before);
  });

  it('throttles each client address', async () => {
    const limited = await startGateway({ INTERVIEW_GRPC_URL: stub.address, PUBLIC_RATE_LIMIT: '2' });
    try {
      const call = () => httpClient(limited.baseUrl)('GET', `${BASE}/${TOKENS.confirmZh}`, page(BROWSER, 'en'));
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const third = await call();
      expect(third.status).toBe(429);
      expect(third.body).toContain('Too many requests. Please try again in a minute.');
      expect(third.headers.get('ratelimit-policy')).toBeTruthy();
    } finally {
      await limited.stop();
    }
  });
});
