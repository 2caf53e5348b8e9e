import { dropDatabase, testEnv, uniqueName, waitUntil } from '@hr/testing';

describe('testEnv', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('returns the servers from the environment', () => {
    process.env.MONGO_URL = 'mongodb://db';
    process.env.AMQP_URL = 'amqp://mq';
    expect(testEnv()).toEqual({ mongoUrl: 'mongodb://db', amqpUrl: 'amqp://mq' });
  });

  it('fails loudly, naming the variable, when a server is missing', () => {
    process.env.MONGO_URL = 'mongodb://db';
    delete process.env.AMQP_URL;
    expect(() => testEnv()).toThrow(/AMQP_URL is not set/);
    delete process.env.MONGO_URL;
    expect(() => testEnv()).toThrow(/MONGO_URL is not set/);
  });
});

describe('uniqueName', () => {
  it('makes short, distinct, engine-safe names', () => {
    const names = Array.from({ length: 200 }, () => uniqueName('Outbox Relay!'));
    expect(new Set(names).size).toBe(200);
    for (const name of names) expect(name).toMatch(/^t_outbox_relay_[0-9a-f]{10}$/);
    expect(uniqueName('a'.repeat(100)).length).toBeLessThanOrEqual(37);
    expect(uniqueName('')).toMatch(/^t_x_/);
  });
});

describe('waitUntil', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    await expect(waitUntil(() => (++calls >= 3 ? 'ready' : undefined), { intervalMs: 1 })).resolves.toBe('ready');
  });

  it('treats a throw as not yet and reports the last one on timeout', async () => {
    await expect(
      waitUntil(
        () => {
          throw new Error('still 2 rows');
        },
        { timeoutMs: 30, intervalMs: 5, description: 'the rows' },
      ),
    ).rejects.toThrow(/timed out after 30 ms waiting for the rows; last result: still 2 rows/);
  });
});

describe('dropDatabase', () => {
  it('refuses a database not named by uniqueName', async () => {
    await expect(dropDatabase('mongodb://127.0.0.1:1', 'hr_requisition')).rejects.toThrow(/refusing to drop hr_requisition/);
  });
});
