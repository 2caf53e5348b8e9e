import { randomUUID } from 'node:crypto';
import amqplib, { type ChannelModel } from 'amqplib';
import { Connection } from 'mongoose';
import { RequisitionCreated, type EventEnvelope } from '@hr/contracts';
import {
  AmqpConnection,
  buildEvent,
  connectMongo,
  currentContext,
  EventHandler,
  EventPublisher,
  Inbox,
  RequestContext,
  runWithContext,
  startConsumer,
} from '@hr/platform';
import {
  deleteBrokerObjects,
  drainQueue,
  dropDatabase,
  publishRaw,
  queueDepth,
  severConnection,
  silentLogger,
  testEnv,
  uniqueName,
  waitUntil,
} from '@hr/testing';

const env = testEnv();
const logger = silentLogger();
const exchange = uniqueName('consumer');
const dbName = uniqueName('consumer');
const TYPE = RequisitionCreated.type;
const RETRY_DELAYS = [100, 200];

const connections: AmqpConnection[] = [];
const queues: string[] = [];
let mongo: Connection;

beforeAll(async () => {
  mongo = await connectMongo({ url: env.mongoUrl, dbName, logger, attempts: 1 });
});

afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await mongo?.close();
  await dropDatabase(env.mongoUrl, dbName);
  const declared = queues.flatMap((q) => [q, `${q}.dlq`, ...RETRY_DELAYS.map((d) => `${q}.retry.${d}ms`)]);
  await deleteBrokerObjects(env.amqpUrl, { queues: declared, exchanges: [exchange] });
});

async function consumer(handlers: Record<string, EventHandler>): Promise<{ connection: AmqpConnection; queue: string }> {
  const queue = uniqueName('q');
  queues.push(queue);
  const connection = new AmqpConnection({ url: env.amqpUrl, logger, initialRetries: 0 });
  connections.push(connection);
  await connection.connect();
  await startConsumer(connection, { queue, exchange, handlers, retryDelaysMs: RETRY_DELAYS }, logger);
  return { connection, queue };
}

function event(correlationId: string = randomUUID()): EventEnvelope {
  const requisitionId = randomUUID();
  return runWithContext({ correlationId }, () =>
    buildEvent(RequisitionCreated, { requisitionId, number: 'REQ-7', departmentId: 'd', positionId: 'p', headcount: 1 }, { source: 'test' }),
  );
}

/** True when the queue exists with this TTL: RabbitMQ refuses a re-declaration whose arguments differ. */
async function retryQueueTtl(name: string, ttlMs: number): Promise<boolean> {
  const model = await amqplib.connect(env.amqpUrl);
  model.on('error', () => undefined);
  try {
    const channel = await model.createChannel();
    channel.on('error', () => undefined);
    const args = { 'x-message-ttl': ttlMs, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': name.replace(/\.retry\.\d+ms$/, '') };
    return await channel.assertQueue(name, { durable: true, arguments: args }).then(() => true, () => false);
  } finally {
    await model.close().catch(() => undefined);
  }
}

const publish = (envelope: EventEnvelope | string | Record<string, unknown>, routingKey = TYPE) =>
  publishRaw({ amqpUrl: env.amqpUrl, exchange, routingKey, envelope });

describe('event consumer', () => {
  it('hands validated events to the handler with the correlation and causation ids in context', async () => {
    const received: { event: EventEnvelope; context?: RequestContext }[] = [];
    await consumer({ [TYPE]: async (e) => void received.push({ event: e, context: currentContext() }) });
    const sent = event('corr-consumer-1');
    await publish({ ...sent, data: { ...(sent.data as object), unexpected: 'dropped' } });

    const [{ event: got, context }] = await waitUntil(() => received.length > 0 && received, { description: 'the event' });
    expect(got).toMatchObject({ id: sent.id, type: TYPE, correlationId: 'corr-consumer-1' });
    expect(got.data).toEqual(sent.data);
    expect(context).toMatchObject({ correlationId: 'corr-consumer-1', causationId: sent.id });
  });

  it('receives what an EventPublisher sends through the same kind of connection', async () => {
    const received: EventEnvelope[] = [];
    const { connection } = await consumer({ [TYPE]: async (e) => void received.push(e) });
    const sent = event();
    await new EventPublisher(connection, exchange, logger).publishAll([sent]);
    await waitUntil(() => received.some((e) => e.id === sent.id), { description: 'the published event' });
  });

  it('retries a failing handler with the configured delays, then dead-letters it with the attempt count', async () => {
    let calls = 0;
    const { queue } = await consumer({
      [TYPE]: async () => {
        calls += 1;
        throw new Error('handler broke');
      },
    });
    const sent = event();
    await publish(sent);

    const [dead] = await waitUntil(async () => {
      const messages = await drainQueue(env.amqpUrl, `${queue}.dlq`);
      return messages.length > 0 && messages;
    }, { timeoutMs: 10_000, description: 'the dead-lettered event' });
    expect(calls).toBe(1 + RETRY_DELAYS.length);
    // The broker's own record, not a clock: each retry sat in its delay queue until that queue's TTL expired it.
    const deaths = (dead.headers['x-death'] as { queue: string; reason: string }[]).map((d) => [d.queue, d.reason]);
    expect(deaths).toEqual(expect.arrayContaining(RETRY_DELAYS.map((delay) => [`${queue}.retry.${delay}ms`, 'expired'])));
    for (const delay of RETRY_DELAYS) expect(await retryQueueTtl(`${queue}.retry.${delay}ms`, delay)).toBe(true);
    expect(JSON.parse(dead.body).id).toBe(sent.id);
    expect(dead.headers).toMatchObject({ 'x-attempt': 3, 'x-last-error': 'handler broke' });
    expect(await queueDepth(env.amqpUrl, queue)).toBe(0);
  });

  it('applies an event that fails once on its retry, leaving nothing dead-lettered', async () => {
    let calls = 0;
    const applied: string[] = [];
    const { queue } = await consumer({
      [TYPE]: async (e) => {
        calls += 1;
        if (calls === 1) throw new Error('transient');
        applied.push(e.id);
      },
    });
    const sent = event();
    await publish(sent);
    await waitUntil(() => applied.length === 1, { description: 'the retried event' });
    expect(applied).toEqual([sent.id]);
    expect(await queueDepth(env.amqpUrl, `${queue}.dlq`)).toBe(0);
  });

  it('dead-letters an invalid envelope or invalid data at once, without calling the handler', async () => {
    let calls = 0;
    const { queue } = await consumer({ [TYPE]: async () => void (calls += 1) });
    const valid = event();
    await publish('{ not json');
    await publish({ ...valid, id: 'not-a-uuid' });
    await publish({ ...valid, data: { requisitionId: 42 } });

    await waitUntil(async () => (await queueDepth(env.amqpUrl, `${queue}.dlq`)) === 3, { description: 'three messages in the dlq' });
    const dead = await drainQueue(env.amqpUrl, `${queue}.dlq`);
    expect(dead.map((m) => m.headers['x-attempt'])).toEqual([0, 0, 0]);
    expect(calls).toBe(0);
  });

  it('applies a duplicate delivery once when the handler uses Inbox.once', async () => {
    const inbox = new Inbox(mongo);
    let handled = 0;
    const applied: string[] = [];
    await consumer({
      [TYPE]: async (e) => {
        await inbox.once(e, async () => {
          // A slow effect, so the second copy arrives while the first is still being applied.
          await new Promise((resolve) => setTimeout(resolve, 100));
          applied.push(e.id);
        });
        handled += 1;
      },
    });
    const sent = event();
    await Promise.all([publish(sent), publish(sent)]);
    await waitUntil(() => handled === 2, { description: 'both copies handled' });
    await publish(sent);
    await waitUntil(() => handled === 3, { description: 'the late copy handled' });
    expect(applied).toEqual([sent.id]);
    expect(await inbox.seen(sent.id)).toBe(true);
  });

  it('keeps consuming, and publishing, after its connection drops', async () => {
    const received: string[] = [];
    const { connection } = await consumer({ [TYPE]: async (e) => void received.push(e.id) });
    let model: ChannelModel | undefined;
    await connection.onConnect(async (m) => void (model = m));
    const before = event();
    await publish(before);
    await waitUntil(() => received.includes(before.id), { description: 'the event before the drop' });

    const dropped = model!;
    severConnection(dropped);
    await waitUntil(() => model !== dropped && connection.connected, { timeoutMs: 10_000, description: 'the reconnection' });

    const after = event();
    await publish(after);
    await waitUntil(() => received.includes(after.id), { description: 'the event after the drop' });
    const own = event();
    await new EventPublisher(connection, exchange, logger).publishAll([own]);
    await waitUntil(() => received.includes(own.id), { description: 'an event published after the drop' });
  });

  it('subscribes again when the broker cancels its subscription (queue deleted)', async () => {
    const received: string[] = [];
    const { queue } = await consumer({ [TYPE]: async (e) => void received.push(e.id) });
    await deleteBrokerObjects(env.amqpUrl, { queues: [queue] });
    const sent = event();
    // The queue and its bindings come back with the new subscription; until then a publish is unroutable.
    await waitUntil(
      async () => {
        if (!received.includes(sent.id)) await publish(sent);
        return received.includes(sent.id);
      },
      { timeoutMs: 10_000, intervalMs: 200, description: 'an event after the queue came back' },
    );
  });

  it('fails to start, without crashing, on a queue declared with other arguments', async () => {
    const queue = uniqueName('q');
    queues.push(queue);
    const other = await amqplib.connect(env.amqpUrl);
    await (await other.createChannel()).assertQueue(queue, { durable: true });
    await other.close();
    const connection = new AmqpConnection({ url: env.amqpUrl, logger, initialRetries: 0 });
    connections.push(connection);
    await connection.connect();
    await expect(startConsumer(connection, { queue, exchange, handlers: { [TYPE]: async () => undefined } }, logger)).rejects.toThrow(
      /PRECONDITION_FAILED/,
    );
    // The connection itself is still usable.
    await new EventPublisher(connection, exchange, logger).publishAll([event()]);
  });

  it('redelivers an event whose handler was still running when the connection dropped', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let calls = 0;
      const { connection } = await consumer({
        [TYPE]: async () => {
          calls += 1;
          if (calls === 1) await gate;
        },
      });
      let model: ChannelModel | undefined;
      await connection.onConnect(async (m) => void (model = m));
      await publish(event());
      await waitUntil(() => calls === 1, { description: 'the first delivery' });

      const dropped = model!;
      severConnection(dropped);
      await waitUntil(() => !connection.connected, { description: 'the drop to be noticed' });
      release();
      await waitUntil(() => calls === 2, { timeoutMs: 10_000, description: 'the redelivery' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
