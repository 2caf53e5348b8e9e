import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { ApplicationStageChanged, EventEnvelope, RequisitionPublished } from '@hr/contracts';
import {
  AmqpConnection,
  EventPublisher,
  OutboxRelay,
  buildEvent,
  connectMongo,
  saveWithOutbox,
} from '@hr/platform';
import { EventProbe, dropDatabase, publishRaw, silentLogger, testEnv, uniqueName, waitUntil } from '@hr/testing';
import { mongoRequisitionRepository } from '../../src/infra/requisition.repository';
import { mongoPositionRepository } from '../../src/infra/position.repository';
import { requisitionModel } from '../../src/infra/requisition.model';
import type { RunningService } from '../../src/requisition-service';
import { clientFor, hrManager, isolatedConfig, openRequisition, salesManager, start } from './requisition-harness';
import { createRequisition } from '../../src/app/create-requisition';
import { createPosition } from '../../src/app/manage-positions';
import { submitRequisition } from '../../src/app/submit-requisition';

const logger = silentLogger();

function hiredEvent(requisitionId: string, applicationId: string = randomUUID()): EventEnvelope {
  return buildEvent(
    ApplicationStageChanged,
    { applicationId, candidateId: randomUUID(), requisitionId, fromStage: 'offer', toStage: 'hired' },
    { source: 'resume' },
  );
}

describe('requisition service events (real FerretDB + RabbitMQ)', () => {
  const config = isolatedConfig();
  let service: RunningService;
  let probe: EventProbe;

  beforeAll(async () => {
    probe = await EventProbe.start({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, types: ['requisition.#'] });
    service = await start(config);
  });

  afterAll(async () => {
    await service?.stop();
    await probe?.stop();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });

  const hiredCount = async (id: string) => (await service.deps.requisitions.get(id))!.hiredCount;

  it('publishes each fact of the approval flow with the caller as actor', async () => {
    const client = clientFor(service);
    const id = await openRequisition(client);
    const published = await probe.waitFor((e) => e.type === RequisitionPublished.type && (e.data as any).requisitionId === id);
    expect(published.actor?.userId).toBe(hrManager.userId);
    const types = probe.events.filter((e) => (e.data as any).requisitionId === id).map((e) => e.type);
    expect(types).toEqual([
      'requisition.requisition.created.v1',
      'requisition.requisition.submitted.v1',
      'requisition.requisition.level-approved.v1',
      'requisition.requisition.approved.v1',
      'requisition.requisition.published.v1',
    ]);
    client.close();
  });

  it('counts a hire once when the broker delivers the same event twice', async () => {
    const client = clientFor(service);
    const id = await openRequisition(client, 3);
    const first = hiredEvent(id);
    const second = hiredEvent(id);
    for (const envelope of [first, first, second]) {
      await publishRaw({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, routingKey: envelope.type, envelope });
    }
    // Prefetch 1 keeps delivery in order: once the second event is counted, the duplicate has been seen.
    await waitUntil(async () => (await hiredCount(id)) >= 2, { timeoutMs: 15_000 });
    expect(await hiredCount(id)).toBe(2);
    const isHireOf = (e: EventEnvelope) => e.type === 'requisition.requisition.hire-recorded.v1' && (e.data as any).requisitionId === id;
    await probe.waitFor((e) => isHireOf(e) && (e.data as any).hiredCount === 2);
    const recorded = probe.events.filter(isHireOf);
    expect(recorded.map((e) => (e.data as any).hiredCount)).toEqual([1, 2]);
    client.close();
  });

  it('applies each event once even when a publish fails mid-way and is sent again', async () => {
    const client = clientFor(service);
    const id = await openRequisition(client, 5);
    const producer = await startFlakyProducer(config);
    try {
      const applications = [randomUUID(), randomUUID(), randomUUID()];
      for (const applicationId of applications) await producer.hire(id, applicationId);
      await waitUntil(async () => (await hiredCount(id)) >= 3 && producer.attempts >= 2, { timeoutMs: 20_000 });
      await waitUntil(async () => (await producer.pending()) === 0, { timeoutMs: 20_000 });
      // The failed batch reached the broker before its channel closed, so it was delivered twice.
      expect(producer.failures).toBe(1);
      expect(await hiredCount(id)).toBe(3);
      const filledAt = await service.deps.requisitions.get(id);
      expect(filledAt!.appliedEventIds).toHaveLength(3);
    } finally {
      await producer.stop();
      client.close();
    }
  });

  it('still publishes an event written just before the service died', async () => {
    const crashed = isolatedConfig({ AMQP_EXCHANGE: config.AMQP_EXCHANGE, MONGO_DB: uniqueName('req') });
    const connection = await connectMongo({ url: crashed.MONGO_URL, dbName: crashed.MONGO_DB, logger });
    // A relay that never gets to publish: the process "dies" after the write.
    const deadRelay = new OutboxRelay({ models: [], publisher: { publishAll: () => new Promise(() => undefined) }, logger });
    const deps = {
      requisitions: mongoRequisitionRepository(connection, deadRelay),
      positions: mongoPositionRepository(connection),
      approvalLevels: service.deps.approvalLevels,
      now: () => new Date(),
      newId: randomUUID,
    };
    const position = await createPosition(deps, { title: '店长', departmentId: 'sales', level: 'M1', description: '', defaultRequirements: [], active: true }, hrManager);
    const draft = await createRequisition(
      deps,
      {
        positionId: position.id,
        departmentId: 'sales',
        headcount: 1,
        reason: 'replacement',
        reasonNote: '原店长离职',
        requirements: [],
        salary: { min: '10000', max: '15000', currency: 'CNY' },
        workLocation: '杭州',
        urgency: 'urgent',
      },
      salesManager,
    );
    await submitRequisition(deps, draft.id, salesManager);
    const pending = await requisitionModel(connection).collection.findOne({ _id: draft.id } as never);
    expect(pending!.outbox).toHaveLength(2);

    const restarted = await start(crashed);
    try {
      await probe.waitFor((e) => e.type === 'requisition.requisition.submitted.v1' && (e.data as any).requisitionId === draft.id);
      expect(probe.events.some((e) => e.type === 'requisition.requisition.created.v1' && (e.data as any).requisitionId === draft.id)).toBe(true);
      const outboxOf = async () => (await requisitionModel(connection).collection.findOne({ _id: draft.id } as never))!.outbox;
      await waitUntil(async () => (await outboxOf()).length === 0, { timeoutMs: 10_000 });
    } finally {
      await restarted.stop();
      await connection.close();
      await dropDatabase(crashed.MONGO_URL, crashed.MONGO_DB);
    }
  });
});

/**
 * Stands in for the resume service: writes applications with the embedded outbox and publishes
 * through a publisher whose first batch reaches the broker but whose channel closes before the
 * confirm is seen — the relay must send the batch again, and the consumer must not count it twice.
 */
async function startFlakyProducer(config: { MONGO_URL: string; AMQP_URL: string; AMQP_EXCHANGE: string }) {
  const dbName = uniqueName('resume');
  const connection = await connectMongo({ url: config.MONGO_URL, dbName, logger });
  const model = connection.model('Application', new mongoose.Schema({ _id: String }, { strict: false, collection: 'applications' }));
  const amqp = new AmqpConnection({ url: config.AMQP_URL, logger });
  await amqp.connect();
  const real = new EventPublisher(amqp, config.AMQP_EXCHANGE, logger);
  const state = { attempts: 0, failures: 0 };
  const publisher = {
    async publishAll(events: EventEnvelope[]) {
      state.attempts += 1;
      await real.publishAll(events);
      if (state.failures === 0) {
        state.failures += 1;
        await (await real.openChannel()).close();
        throw new Error('channel closed before the relay saw the confirm');
      }
    },
  };
  const relay = new OutboxRelay({ models: [model], publisher, logger, sweepIntervalMs: 200 });
  relay.start();
  return {
    get attempts() {
      return state.attempts;
    },
    get failures() {
      return state.failures;
    },
    async hire(requisitionId: string, applicationId: string) {
      await saveWithOutbox(model, { id: applicationId, expectedVersion: 0, state: { stage: 'hired' }, events: [hiredEvent(requisitionId, applicationId)] });
      await relay.kick(model, applicationId);
    },
    pending: () => model.collection.countDocuments({ outboxPending: true }),
    async stop() {
      await relay.stop();
      await amqp.close();
      await connection.dropDatabase();
      await connection.close();
    },
  };
}
