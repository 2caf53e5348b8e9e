import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { correlationId } from '../../src/middleware/correlation.middleware';
import { loggedPath, requestLogger } from '../../src/middleware/request-logger.middleware';

describe('request logging', () => {
  it('logs method, path, status and correlation id, never bodies, query strings or auth headers', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = express();
    app.use(correlationId());
    app.use(requestLogger(pino({ level: 'info' }, sink)));
    app.use(express.json());
    app.post('/api/v1/auth/login', (_req, res) => {
      res.status(401).json({});
    });
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login?email=leak@example.com`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token', 'x-correlation-id': 'cid-42' },
      body: JSON.stringify({ email: 'leak@example.com', password: 'hunter2-hunter2' }),
    });
    expect(res.headers.get('x-correlation-id')).toBe('cid-42');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const entry = JSON.parse(lines.find((line) => line.includes('request completed'))!);
    expect(entry).toMatchObject({ level: 40, method: 'POST', path: '/api/v1/auth/login', status: 401, correlationId: 'cid-42' });
    const text = lines.join('');
    for (const secret of ['secret-token', 'hunter2', 'leak@example.com']) expect(text).not.toContain(secret);
  });

  it("keeps signed link tokens out of the path it logs (a token is the candidate's answer)", () => {
    expect(loggedPath('/public/v1/offer-responses/eyJwIjoi.c2lnbmF0dXJl?x=1')).toBe('/public/v1/offer-responses/:token');
    expect(loggedPath('/public/v1/interview-responses/abc.def')).toBe('/public/v1/interview-responses/:token');
    expect(loggedPath('/api/v1/offers/42/send')).toBe('/api/v1/offers/42/send');
  });
});
