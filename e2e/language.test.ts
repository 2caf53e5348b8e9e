import { Api } from './support/http-client';
import { ADMIN, RunningSystem, startSystem } from './support/system';

const HAN = /\p{Script=Han}/u;
const UNKNOWN_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';

/** A client that reads the system in one language (Accept-Language on every request). */
function inLanguage(baseUrl: string, token: string, language: string) {
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'accept-language': language };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
}

/** Every text a person reads in a problem: its title, detail and each error's message. */
const textsOf = (problem: any): string[] => [problem.title, problem.detail, ...(problem.errors ?? []).map((e: any) => e.message)];

describe('answers in the reader language, with registered codes (real system)', () => {
  let system: RunningSystem;
  let zh: ReturnType<typeof inLanguage>;
  let en: ReturnType<typeof inLanguage>;

  beforeAll(async () => {
    system = await startSystem();
    const anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    const created = await admin.post('/api/v1/admin/users', {
      email: 'all-roles@e2e.test',
      name: '全能',
      password: 'Str0ng-Passw0rd',
      roles: ['admin', 'hr', 'hr_manager'],
    });
    expect(created.status).toBe(201);
    const token = (await anonymous.post('/api/v1/auth/login', { email: 'all-roles@e2e.test', password: 'Str0ng-Passw0rd' })).body.accessToken;
    zh = inLanguage(system.baseUrl, token, 'zh-CN');
    en = inLanguage(system.baseUrl, token, 'en');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('reads validation problems (zod messages included) in Chinese with zh-CN and in English with en', async () => {
    const body = { name: 5, code: 'has space', bogus: true };
    const chinese = await zh('POST', '/api/v1/admin/departments', body);
    expect(chinese.status).toBe(400);
    expect(chinese.body.detail).toBe('以下字段不符合要求：name、code、bogus');
    expect(chinese.body.errors).toEqual([
      { field: 'name', rule: 'type', message: '应为文本' },
      { field: 'code', rule: 'pattern', message: '须由字母、数字、_ 和 - 组成（最多 32 位）' },
      { field: 'bogus', rule: 'unknown_key', message: '不认识的字段“bogus”' },
    ]);
    for (const text of textsOf(chinese.body)) expect(text).toMatch(HAN);
    const english = await en('POST', '/api/v1/admin/departments', body);
    expect(english.body.detail).toBe('These fields are invalid: name, code, bogus');
    expect(english.body.errors.map((e: any) => e.message)).toEqual([
      'must be a string',
      'must be letters, digits, _ and - (at most 32)',
      'unknown field "bogus"',
    ]);
    for (const text of textsOf(english.body)) expect(text).not.toMatch(HAN);
  });

  it('reads refusals of the services, carried over gRPC, in Chinese', async () => {
    const stage = await zh('POST', '/api/v1/applications/a-missing-one/stage', { toStage: 'screening' });
    expect(stage).toMatchObject({ status: 404, body: { reason: 'APPLICATION_NOT_FOUND', detail: '找不到该应聘记录。' } });
    const requisition = await zh('POST', '/api/v1/requisitions', {
      positionId: 'no-such-position',
      departmentId: UNKNOWN_ID,
      headcount: 1,
      reason: 'replacement',
      requirements: [],
      salary: { min: '8000', max: '9000' },
      workLocation: '苏州',
      desiredStartDate: '2031-03-01',
    });
    expect(requisition.body).toMatchObject({
      status: 400,
      reason: 'VALIDATION_FAILED',
      errors: [{ field: 'positionId', rule: 'exists', message: '不存在或已停用：no-such-position' }],
    });
    for (const text of textsOf(requisition.body)) expect(text).toMatch(HAN);
  });

  it.each([
    ['PATCH', `/api/v1/admin/departments/${UNKNOWN_ID}`, { name: '销售部' }, 'DEPARTMENT_NOT_FOUND', '找不到该部门。'],
    ['GET', `/api/v1/admin/api-keys/${UNKNOWN_ID}`, undefined, 'API_KEY_NOT_FOUND', '找不到该 API 密钥。'],
    ['DELETE', '/api/v1/candidates/saved-filters/no-such-filter', undefined, 'SAVED_FILTER_NOT_FOUND', '找不到该筛选条件。'],
    ['POST', '/api/v1/candidates/merge-suggestions/no-such-suggestion/accept', {}, 'MERGE_SUGGESTION_NOT_FOUND', '找不到该合并建议。'],
    ['GET', '/api/v1/offer-templates/no-such-template/versions/3', undefined, 'TEMPLATE_VERSION_NOT_FOUND', '找不到该模板版本。'],
  ])('answers %s %s with the UPPER_SNAKE code %s, read in Chinese', async (method, path, body, reason, detail) => {
    const res = await zh(method, path, body);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ reason, detail });
    expect(res.body.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it.each([
    ['a department named with BEL', '/api/v1/admin/departments', { name: '销售\u0007部', code: 'SALES' }],
    ['a department named with NUL', '/api/v1/admin/departments', { name: '销售\u0000部', code: 'SALES2' }],
    ['an API key named with BEL', '/api/v1/admin/api-keys', { name: '智联\u0007招聘', source: 'zhaopin', scopes: ['resumes:write'] }],
    ['an API key named with NUL', '/api/v1/admin/api-keys', { name: 'board\u0000', source: 'board', scopes: ['resumes:write'] }],
    ['a user named with a right-to-left override', '/api/v1/admin/users', { email: 'rlo@e2e.test', name: 'Alice\u202Efdp.exe', password: 'Str0ng-Passw0rd', roles: ['hr'] }],
    ['a candidate named with a right-to-left override', '/api/v1/candidates', { profile: { name: 'Alice\u202Efdp.exe' } }],
    ['a position titled with a zero-width space', '/api/v1/positions', { title: '店\u200B长', departmentId: UNKNOWN_ID }],
  ])('refuses %s, naming the field and the text rule', async (_what, path, body) => {
    const res = await zh('POST', path, body);
    expect(res.status).toBe(400);
    const field = 'profile' in body ? 'profile.name' : 'title' in body ? 'title' : 'name';
    expect(res.body.errors).toEqual([{ field, rule: 'pattern', message: '不能含有控制字符或文字方向控制字符' }]);
  });

  it('keeps names in any script, with spaces and punctuation', async () => {
    const res = await zh('POST', '/api/v1/admin/departments', { name: "Ventes & Service d'après-vente · 售后", code: 'AFTER_SALES' });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe("Ventes & Service d'après-vente · 售后");
  });
});
