import pino from 'pino';
import { createLogger, runWithContext } from '@hr/platform';

/** The lines a logger made by createLogger writes, parsed. */
function capture(level = 'info') {
  const logger = createLogger('unit', level);
  const lines: Record<string, any>[] = [];
  (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { logger, lines };
}

describe('logger', () => {
  it('redacts secrets and personal data at the top level and one level down', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'p1',
        token: 't1',
        email: 'a@b.cn',
        phone: '13800000000',
        secret: 's1',
        authorization: 'Bearer x',
        candidate: { name: 'Zhang San', email: 'zs@example.com', phone: '13900000000' },
        body: { password: 'p2', newPassword: 'ignored-here', token: 't2' },
        session: { accessToken: 'a1', refreshToken: 'r1' },
        req: { headers: { authorization: 'Bearer y', cookie: 'sid=1', 'x-api-key': 'k', accept: 'json' } },
      },
      'signed up',
    );
    const [line] = lines;
    const raw = JSON.stringify(line);
    for (const value of ['p1', 'p2', 't1', 't2', 'a@b.cn', 'zs@example.com', '13800000000', '13900000000', 's1', 'Bearer', 'sid=1', '"k"', 'a1', 'r1']) {
      expect(raw).not.toContain(value);
    }
    expect(line).toMatchObject({
      email: '[redacted]',
      candidate: { name: 'Zhang San', email: '[redacted]', phone: '[redacted]' },
      req: { headers: { accept: 'json', 'x-api-key': '[redacted]' } },
      msg: 'signed up',
      service: 'unit',
    });
  });

  it('adds the correlation id of the current context', () => {
    const { logger, lines } = capture();
    runWithContext({ correlationId: 'corr-log-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', correlationId: 'corr-log-1' });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('honours the level', () => {
    const { logger, lines } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
