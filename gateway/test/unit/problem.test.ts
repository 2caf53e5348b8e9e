import { DomainError, ErrorKind } from '@hr/platform';
import { negotiateLocale } from '../../src/i18n/messages';
import { HttpProblem, KIND_TO_STATUS, toProblem } from '../../src/middleware/problem';

describe('problem details mapping', () => {
  it.each([
    ['invalid_argument', 400],
    ['unauthenticated', 401],
    ['permission_denied', 403],
    ['not_found', 404],
    ['failed_precondition', 409],
    ['already_exists', 409],
    ['aborted', 409],
    ['unavailable', 503],
    ['internal', 500],
  ] as Array<[ErrorKind, number]>)('maps DomainError kind %s to HTTP %i', (kind, status) => {
    const problem = toProblem(new DomainError(kind, 'CONCURRENT_MODIFICATION', 'something'), 'en', '/x');
    expect(problem.status).toBe(status);
    expect(KIND_TO_STATUS[kind]).toBe(status);
    expect(problem.reason).toBe('CONCURRENT_MODIFICATION');
    expect(problem.type).toBe(`urn:hr:problem:${kind.replace(/_/g, '-')}`);
    expect(problem.instance).toBe('/x');
  });

  it('carries field violations and localises the title', () => {
    const error = DomainError.invalid('salary.max', 'gte_min', { min: 'salary.min' });
    expect(toProblem(error, 'zh-CN', '/r', 'cid-1')).toEqual({
      type: 'urn:hr:problem:invalid-argument',
      title: '请求参数无效',
      status: 400,
      detail: '以下字段不符合要求：salary.max',
      instance: '/r',
      reason: 'VALIDATION_FAILED',
      correlationId: 'cid-1',
      errors: [{ field: 'salary.max', rule: 'gte_min', message: '不能小于 salary.min' }],
    });
    expect(toProblem(error, 'en', '/r').title).toBe('Invalid request');
  });

  it('does not leak internals of 5xx errors', () => {
    const unavailable = toProblem(new DomainError('unavailable', 'UNAVAILABLE', 'connect ECONNREFUSED 10.0.0.3:50051'), 'en', '/');
    expect(unavailable.detail).not.toContain('10.0.0.3');
    const crash = toProblem(new Error('secret stack detail'), 'en', '/');
    expect(crash).toMatchObject({ status: 500, reason: 'INTERNAL' });
    expect(crash.detail).not.toContain('secret');
  });

  it('maps body-parser errors and HTTP problems', () => {
    expect(toProblem({ type: 'entity.parse.failed', status: 400 }, 'en', '/')).toMatchObject({ status: 400, reason: 'MALFORMED_JSON' });
    expect(toProblem({ type: 'entity.too.large', status: 413 }, 'en', '/')).toMatchObject({ status: 413, reason: 'PAYLOAD_TOO_LARGE' });
    const tooMany = toProblem(new HttpProblem(429, 'rate_limited', 'RATE_LIMITED', 'slow down'), 'zh-CN', '/');
    expect(tooMany).toMatchObject({ status: 429, title: '请求过于频繁，请稍后再试', detail: '请求过于频繁，请一分钟后再试。' });
  });

  it.each([
    [undefined, 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR,en;q=0.5,zh;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.8,zh;q=0.5', 'en'],
    ['de', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
  ])('negotiates Accept-Language %p as %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
