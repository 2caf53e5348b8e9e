import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger } from '@hr/platform';
import { findForbiddenKey, forbiddenKeyGuard } from '../../src/middleware/forbidden-keys.middleware';
import { problemHandler } from '../../src/middleware/problem.middleware';

describe('findForbiddenKey', () => {
  it.each([
    [{ email: 'a@b.cn', password: { $gt: '' } }, 'password.$gt'],
    [{ $where: 'sleep(1000)' }, '$where'],
    [JSON.parse('{"a":{"__proto__":{"admin":true}}}'), 'a.__proto__'],
    [{ list: [{ ok: 1 }, { constructor: { prototype: {} } }] }, 'list.1.constructor'],
    [{ prototype: 1 }, 'prototype'],
    [{ 'q[$ne]': 'x' }, 'q[$ne]'],
    [{ 'a.__proto__': 'x' }, 'a.__proto__'],
  ])('finds the forbidden key in %j', (value, field) => {
    expect(findForbiddenKey(value)).toBe(field);
  });

  it.each([[{ name: '张三', price: '$100', tags: ['$x'] }], [null], ['text'], [[1, 2, 3]], [{ constructorName: 'x' }]])(
    'accepts %j (values may contain $)',
    (value) => {
      expect(findForbiddenKey(value)).toBeUndefined();
    },
  );

  it('walks deep nesting without recursion', () => {
    let deep: Record<string, unknown> = { $bad: 1 };
    for (let i = 0; i < 50_000; i += 1) deep = { a: deep };
    expect(findForbiddenKey(deep)).toMatch(/\.\$bad$/);
  });
});

describe('forbiddenKeyGuard middleware', () => {
  const app = express();
  app.use(express.json());
  app.use(forbiddenKeyGuard());
  app.all('/echo', (req, res) => {
    res.json({ ok: true });
  });
  app.use(problemHandler(createLogger('test', 'silent')));
  let server: ReturnType<typeof app.listen>;
  let base: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, query = '') =>
    fetch(`${base}/echo${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('rejects a body with a prototype key, naming the field', async () => {
    const res = await post('{"profile":{"__proto__":{"isAdmin":true}}}');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem).toMatchObject({ reason: 'FORBIDDEN_KEY', errors: [{ field: 'profile.__proto__', rule: 'forbidden_key' }] });
  });

  it('rejects operator keys in the query string', async () => {
    const res = await post('{}', '?name[$ne]=x');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ field: string }> }).errors[0].field).toBe('name[$ne]');
    expect((await post('{}', '?__proto__=1')).status).toBe(400);
  });

  it('lets clean input through', async () => {
    const res = await post('{"name":"王芳","note":"$ signs in values are fine"}', '?q=abc');
    expect(res.status).toBe(200);
  });
});
