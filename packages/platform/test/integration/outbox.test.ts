import { randomUUID } from 'node:crypto';
import { Connection, Schema } from 'mongoose';
import {
  RequisitionApproved,
  RequisitionCreated,
  RequisitionLevelApproved,
  RequisitionPublished,
  RequisitionSubmitted,
  type EventEnvelope,
} from '@hr/contracts';
import {
  AggregateModel,
  AmqpConnection,
  buildEvent,
  connectMongo,
  DomainError,
  EventPublisher,
  EventPublisherPort,
  OutboxRelay,
  runWithContext,
  saveWithOutbox,
} from '@hr/platform';
import { deleteBrokerObjects, dropDatabase, EventProbe, silentLogger, testEnv, uniqueName, waitUntil } from '@hr/testing';

const env = testEnv();
const logger = silentLogger();
const dbName = uniqueName('outbox');
const exchange = uniqueName('outbox');
const ref = { number: 'REQ-1', departmentId: 'dep-1' };

let mongo: Connection;
let things: AggregateModel;
let amqp: AmqpConnection;
let publisher: EventPublisher;
let probe: EventProbe;

beforeAll(async () => {
  mongo = await connectMongo({ url: env.mongoUrl, dbName, logger, attempts: 1 });
  things = mongo.model('Thing', new Schema({ _id: String }, { strict: false, collection: 'things' }));
  amqp = new AmqpConnection({ url: env.amqpUrl, logger, initialRetries: 0 });
  await amqp.connect();
  publisher = new EventPublisher(amqp, exchange, logger);
  probe = await EventProbe.start({ amqpUrl: env.amqpUrl, exchange, types: ['requisition.#'] });
});

afterAll(async () => {
  await probe?.stop();
  await amqp?.close();
  await mongo?.close();
  await dropDatabase(env.mongoUrl, dbName);
  await deleteBrokerObjects(env.amqpUrl, { exchanges: [exchange] });
});

function created(id: string): EventEnvelope {
  return buildEvent(RequisitionCreated, { requisitionId: id, ...ref, positionId: 'pos-1', headcount: 2 }, { source: 'test' });
}

function submitted(id: string, round = 1): EventEnvelope {
  return buildEvent(RequisitionSubmitted, { requisitionId: id, ...ref, round, awaitingLevel: 'dept' }, { source: 'test' });
}

async function stored(id: string): Promise<any> {
  return things.collection.findOne({ _id: id } as never);
}

function relayWith(port: EventPublisherPort, sweepIntervalMs = 60_000): OutboxRelay {
  return new OutboxRelay({ models: [things], publisher: port, logger, sweepIntervalMs });
}

describe('saveWithOutbox', () => {
  it('creates the document with its state, version 1 and its events', async () => {
    const id = randomUUID();
    const event = created(id);
    await expect(saveWithOutbox(things, { id, expectedVersion: 0, state: { status: 'draft' }, events: [event] })).resolves.toBe(1);
    const doc = await stored(id);
    expect(doc).toMatchObject({ status: 'draft', version: 1 });
    expect(doc.outbox).toEqual([JSON.parse(JSON.stringify(event))]);
  });

  it('stores events without undefined fields, so they still validate when read back', async () => {
    const id = randomUUID();
    // No context: causationId and actor are undefined, which the driver would store as null.
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [created(id)] });
    const [event] = (await stored(id)).outbox;
    expect(event).not.toHaveProperty('causationId');
    expect(event).not.toHaveProperty('actor');
  });

  it('refuses an invalid event before writing anything', async () => {
    const id = randomUUID();
    const invalid = { ...created(id), data: { requisitionId: id } };
    await expect(saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [invalid] })).rejects.toThrow();
    expect(await stored(id)).toBeNull();
  });

  it('refuses to create the same id twice with already_exists', async () => {
    const id = randomUUID();
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [] });
    await expect(saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [] })).rejects.toMatchObject({
      kind: 'already_exists',
    });
  });

  it('updates at the expected version, appending events after the pending ones', async () => {
    const id = randomUUID();
    const first = created(id);
    const second = submitted(id);
    await saveWithOutbox(things, { id, expectedVersion: 0, state: { status: 'draft' }, events: [first] });
    await expect(saveWithOutbox(things, { id, expectedVersion: 1, state: { status: 'pending' }, events: [second] })).resolves.toBe(2);
    const doc = await stored(id);
    expect(doc).toMatchObject({ status: 'pending', version: 2 });
    expect(doc.outbox.map((e: EventEnvelope) => e.id)).toEqual([first.id, second.id]);
  });

  it('lets exactly one of two concurrent updates win; the other is aborted and leaves no event', async () => {
    const id = randomUUID();
    await saveWithOutbox(things, { id, expectedVersion: 0, state: { status: 'draft' }, events: [] });
    const a = submitted(id, 1);
    const b = submitted(id, 2);
    const results = await Promise.allSettled([
      saveWithOutbox(things, { id, expectedVersion: 1, state: { status: 'a' }, events: [a] }),
      saveWithOutbox(things, { id, expectedVersion: 1, state: { status: 'b' }, events: [b] }),
    ]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(DomainError);
    expect(rejected[0].reason).toMatchObject({ kind: 'aborted', reason: 'CONCURRENT_MODIFICATION' });
    const doc = await stored(id);
    const winner = doc.status === 'a' ? a : b;
    expect(doc.version).toBe(2);
    expect(doc.outbox.map((e: EventEnvelope) => e.id)).toEqual([winner.id]);
  });

  it('applies a guarded write once: the guard ($ne on an array) fails the second time', async () => {
    const id = randomUUID();
    await saveWithOutbox(things, { id, expectedVersion: 0, state: { hired: 0 }, events: [] });
    const write = (expectedVersion: number) =>
      saveWithOutbox(things, {
        id,
        expectedVersion,
        state: { hired: 1 },
        events: [],
        guard: { appliedEvents: { $ne: 'event-1' } },
        push: { appliedEvents: ['event-1'] },
      });
    await expect(write(1)).resolves.toBe(2);
    await expect(write(2)).rejects.toMatchObject({ kind: 'aborted' });
    expect(await stored(id)).toMatchObject({ hired: 1, version: 2, appliedEvents: ['event-1'] });
  });
});

describe('OutboxRelay', () => {
  it('publishes a document’s pending events when kicked, then removes them', async () => {
    const relay = relayWith(publisher);
    const id = randomUUID();
    const event = runWithContext({ correlationId: 'corr-kick' }, () => created(id));
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [event] });
    await relay.kick(things, id);
    const received = await probe.waitFor((e) => e.id === event.id);
    expect(received).toMatchObject({ type: RequisitionCreated.type, correlationId: 'corr-kick', data: { requisitionId: id } });
    expect((await stored(id)).outbox).toEqual([]);
    await relay.stop();
  });

  it('publishes what nobody kicked on its periodic sweep', async () => {
    const relay = relayWith(publisher, 100);
    const id = randomUUID();
    const event = created(id);
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [event] });
    relay.start();
    try {
      await probe.waitFor((e) => e.id === event.id);
      await waitUntil(async () => (await stored(id)).outbox.length === 0, { description: 'the outbox to be emptied' });
    } finally {
      await relay.stop();
    }
  });

  it('keeps events pending while the broker cannot be reached and delivers them on a later sweep', async () => {
    const unreachable = new AmqpConnection({ url: 'amqp://guest:guest@127.0.0.1:1', logger, initialRetries: 0 });
    await expect(unreachable.connect()).rejects.toThrow();
    let target: EventPublisherPort = new EventPublisher(unreachable, exchange, logger);
    const relay = relayWith({ publishAll: (events) => target.publishAll(events) });
    const id = randomUUID();
    const event = created(id);
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [event] });

    await relay.kick(things, id);
    await relay.sweep();
    expect((await stored(id)).outbox.map((e: EventEnvelope) => e.id)).toEqual([event.id]);
    expect(probe.events.some((e) => e.id === event.id)).toBe(false);

    target = publisher;
    await relay.sweep();
    await probe.waitFor((e) => e.id === event.id);
    expect((await stored(id)).outbox).toEqual([]);
    await relay.stop();
  });

  it('does not let a document whose events cannot be published hold back the others', async () => {
    const relay = relayWith(publisher);
    const poisoned = randomUUID();
    // Written around saveWithOutbox, which would refuse it: an event no consumer could accept.
    await things.collection.insertOne({ _id: poisoned, version: 1, outbox: [{ ...created(poisoned), type: 'not a type' }] } as never);
    const id = randomUUID();
    const event = created(id);
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [event] });
    await relay.sweep();
    await probe.waitFor((e) => e.id === event.id);
    expect((await stored(id)).outbox).toEqual([]);
    expect((await stored(poisoned)).outbox).toHaveLength(1);
    await things.collection.deleteOne({ _id: poisoned } as never);
    await relay.stop();
  });

  it('recovers when its publish channel is closed under it', async () => {
    const relay = relayWith(publisher);
    await (await publisher.openChannel()).close();
    const id = randomUUID();
    const event = created(id);
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [event] });
    await relay.kick(things, id);
    await relay.sweep();
    await probe.waitFor((e) => e.id === event.id);
    expect((await stored(id)).outbox).toEqual([]);
    await relay.stop();
  });

  it('commits a write and publishes the events it stored, leaving the document neither holding nor pending them', async () => {
    const relay = relayWith(publisher);
    const id = randomUUID();
    const events = [created(id), submitted(id)];
    await expect(relay.commit(things, { id, expectedVersion: 0, state: { status: 'draft' }, events: events.slice(0, 1) })).resolves.toBe(1);
    await expect(relay.commit(things, { id, expectedVersion: 1, state: { status: 'pending' }, events: events.slice(1) })).resolves.toBe(2);
    await probe.waitFor((e) => e.id === events[1].id);
    await waitUntil(async () => (await stored(id)).outboxPending === false, { description: 'the pending flag to clear' });
    expect(await stored(id)).toMatchObject({ status: 'pending', version: 2, outbox: [] });
    const seen = probe.events.filter((e) => (e.data as { requisitionId?: string }).requisitionId === id).map((e) => e.id);
    expect(seen).toEqual(events.map((e) => e.id));
    await relay.stop();
  });

  it('publishes what a commit wrote without dropping an older event a crash left in the outbox', async () => {
    const relay = relayWith(publisher);
    const id = randomUUID();
    const [left, next] = [created(id), submitted(id)];
    // As a process that crashed after its write and before publishing would leave it.
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: [left] });
    await relay.commit(things, { id, expectedVersion: 1, state: {}, events: [next] });
    await probe.waitFor((e) => e.id === next.id);
    await waitUntil(async () => (await stored(id)).outbox.length === 1, { description: 'the published event to be removed' });
    expect(await stored(id)).toMatchObject({ outbox: [{ id: left.id }], outboxPending: true });
    await relay.sweep();
    await probe.waitFor((e) => e.id === left.id);
    expect(await stored(id)).toMatchObject({ outbox: [], outboxPending: false });
    await relay.stop();
  });

  it('publishes each committed event once, whether the commit, a flush queued before it or a sweep gets to it first', async () => {
    const published = new Map<string, number>();
    const counting: EventPublisherPort = {
      publishAll: async (events) => {
        for (const event of events) published.set(event.id, (published.get(event.id) ?? 0) + 1);
        await publisher.publishAll(events);
      },
    };
    const relay = relayWith(counting);
    // A flush queued behind another, then a commit queued behind both: the queued flush publishes
    // the commit's event, which the commit's own flush must then not publish again.
    const queued = randomUUID();
    const [first, second] = [created(queued), submitted(queued)];
    await saveWithOutbox(things, { id: queued, expectedVersion: 0, state: {}, events: [first] });
    const flushes = [relay.kick(things, queued), relay.kick(things, queued)];
    await relay.commit(things, { id: queued, expectedVersion: 1, state: {}, events: [second] });
    await Promise.all(flushes);
    await probe.waitFor((e) => e.id === second.id);
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const events = ids.map((id) => created(id));
    await Promise.all(ids.map(async (id, k) => {
      const committing = relay.commit(things, { id, expectedVersion: 0, state: {}, events: [events[k]!] });
      await Promise.all([committing, relay.sweep()]);
    }));
    await relay.sweep();
    for (const event of events) await probe.waitFor((e) => e.id === event.id);
    await waitUntil(async () => (await things.countDocuments({ _id: { $in: ids }, outboxPending: false } as never)) === ids.length, {
      description: 'every outbox to be cleared',
    });
    await relay.stop();
    expect([first, second, ...events].map((e) => published.get(e.id))).toEqual([first, second, ...events].map(() => 1));
  });

  it('keeps the order of one document’s events across writes and overlapping kicks', async () => {
    const relay = relayWith(publisher);
    const id = randomUUID();
    const by = { requisitionId: id, ...ref, levelKey: 'dept', approvedBy: 'u-1' };
    const events = [
      created(id),
      submitted(id),
      buildEvent(RequisitionLevelApproved, { ...by, awaitingLevel: 'hr' }, { source: 'test' }),
      buildEvent(RequisitionApproved, by, { source: 'test' }),
      buildEvent(
        RequisitionPublished,
        { requisitionId: id, ...ref, positionId: 'p', positionTitle: 'Cook', headcount: 2, urgency: 'high' },
        { source: 'test' },
      ),
    ];
    await saveWithOutbox(things, { id, expectedVersion: 0, state: {}, events: events.slice(0, 2) });
    const kicks = [relay.kick(things, id)];
    await saveWithOutbox(things, { id, expectedVersion: 1, state: {}, events: events.slice(2, 4) });
    kicks.push(relay.kick(things, id), relay.sweep());
    await saveWithOutbox(things, { id, expectedVersion: 2, state: {}, events: events.slice(4) });
    kicks.push(relay.kick(things, id));
    await Promise.all(kicks);

    await probe.waitFor((e) => e.id === events[4].id);
    const seen = probe.events.filter((e) => (e.data as { requisitionId?: string }).requisitionId === id).map((e) => e.id);
    expect(seen).toEqual(events.map((e) => e.id));
    expect((await stored(id)).outbox).toEqual([]);
    await relay.stop();
  });
});

// The relay and saveWithOutbox rely on exactly these operations; FerretDB v1 implements only part of
// MongoDB's query language, so each is checked against the engine the tests run on.
describe('queries the platform relies on', () => {
  const docs = () => mongo.collection('capabilities');

  beforeAll(async () => {
    await docs().insertMany([
      { _id: 'pending', outbox: [{ id: 'e1', n: 1 }, { id: 'e2', n: 2.5, nested: { at: 'x' } }, { id: 'e3' }], applied: ['a1'] },
      { _id: 'empty', outbox: [], applied: [] },
      { _id: 'missing' },
    ] as never[]);
  });

  it('finds documents with pending events by `outbox.0` $exists', async () => {
    const found = await docs().find({ 'outbox.0': { $exists: true } }).toArray();
    expect(found.map((d) => d._id)).toEqual(['pending']);
  });

  it('matches $ne against the elements of an array field', async () => {
    const found = await docs().find({ applied: { $ne: 'a1' } }).sort({ _id: 1 }).toArray();
    expect(found.map((d) => d._id)).toEqual(['empty', 'missing']);
  });

  it('appends in order with $push $each, creating the array when missing', async () => {
    await docs().updateOne({ _id: 'missing' } as never, { $push: { outbox: { $each: [{ id: 'x' }, { id: 'y' }] } } } as never);
    await docs().updateOne({ _id: 'missing' } as never, { $push: { outbox: { $each: [{ id: 'z' }] } } } as never);
    const doc = await docs().findOne({ _id: 'missing' } as never);
    expect(doc?.outbox.map((e: { id: string }) => e.id)).toEqual(['x', 'y', 'z']);
  });

  it('removes exactly the elements read, with $pullAll, leaving later ones', async () => {
    const before = await docs().findOne({ _id: 'pending' } as never);
    const result = await docs().updateOne({ _id: 'pending' } as never, { $pullAll: { outbox: before?.outbox.slice(0, 2) } } as never);
    expect(result.modifiedCount).toBe(1);
    const after = await docs().findOne({ _id: 'pending' } as never);
    expect(after?.outbox).toEqual([{ id: 'e3' }]);
  });

  it('matches an array field only when it equals the whole array given, nested documents included', async () => {
    const outbox = [{ id: 'a', data: { n: 1, tags: ['x'] } }, { id: 'b', data: { n: 2 } }];
    await docs().insertOne({ _id: 'exact', outbox } as never);
    const part = await docs().updateOne({ _id: 'exact', outbox: outbox.slice(0, 1) } as never, { $set: { outbox: [] } } as never);
    expect(part.matchedCount).toBe(0);
    const whole = await docs().updateOne({ _id: 'exact', outbox } as never, { $set: { outbox: [] } } as never);
    expect(whole.matchedCount).toBe(1);
    expect((await docs().findOne({ _id: 'exact' } as never))?.outbox).toEqual([]);
  });
});
