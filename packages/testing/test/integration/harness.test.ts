import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import {
  deleteBrokerObjects,
  dropDatabase,
  EventProbe,
  publishRaw,
  testEnv,
  uniqueName,
} from '@hr/testing';

const env = testEnv();
const exchange = uniqueName('harness');

afterAll(async () => {
  await deleteBrokerObjects(env.amqpUrl, { exchanges: [exchange] });
});

function envelope(type: string, data: unknown = {}) {
  return { id: randomUUID(), type, version: 1, occurredAt: new Date().toISOString(), source: 'test', correlationId: 'c', data };
}

describe('EventProbe', () => {
  it('collects the bound types only, resolving for events that came before or after waitFor', async () => {
    const probe = await EventProbe.start({ amqpUrl: env.amqpUrl, exchange, types: ['resume.application.#'] });
    try {
      const early = envelope('resume.application.stage-changed.v1', { n: 1 });
      await publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey: early.type, envelope: early });
      await publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey: 'requisition.requisition.created.v1', envelope: envelope('requisition.requisition.created.v1') });
      await expect(probe.waitFor((e) => e.id === early.id)).resolves.toMatchObject({ data: { n: 1 } });

      const late = envelope('resume.application.stage-changed.v1', { n: 2 });
      const waiting = probe.waitFor((e) => e.id === late.id);
      await publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey: late.type, envelope: late });
      await expect(waiting).resolves.toMatchObject({ data: { n: 2 } });
      expect(probe.events.map((e) => e.id)).toEqual([early.id, late.id]);
      expect(probe.ofType('resume.application.stage-changed.v1')).toHaveLength(2);
    } finally {
      await probe.stop();
    }
  });

  it('fails a wait with a list of what it saw, and keeps bodies that are not JSON', async () => {
    const probe = await EventProbe.start({ amqpUrl: env.amqpUrl, exchange, types: ['resume.candidate.created.v1'] });
    try {
      const seen = envelope('resume.candidate.created.v1', { who: 'someone' });
      await publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey: seen.type, envelope: seen });
      await publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey: seen.type, envelope: 'not json' });
      await expect(probe.waitFor('resume.candidate.created.v1')).resolves.toMatchObject({ id: seen.id });
      const failure = probe.waitFor((e) => e.type === 'never', { timeoutMs: 200 });
      await expect(failure).rejects.toThrow(new RegExp(`no matching event within 200 ms; seen: [\\s\\S]*${seen.id}[\\s\\S]*1 malformed`));
      expect(probe.malformed).toEqual(['not json']);
    } finally {
      await probe.stop();
    }
  });
});

describe('dropDatabase', () => {
  it('drops a test database', async () => {
    const name = uniqueName('drop');
    const client = new MongoClient(env.mongoUrl, { retryWrites: false });
    await client.connect();
    try {
      await client.db(name).collection('x').insertOne({ a: 1 });
      await dropDatabase(env.mongoUrl, name);
      const { databases } = await client.db().admin().listDatabases();
      expect(databases.map((d) => d.name)).not.toContain(name);
    } finally {
      await client.close();
    }
  });
});
