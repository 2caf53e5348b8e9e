import { randomUUID } from 'node:crypto';
import { ApplicationStageChanged, requisitionV1 } from '@hr/contracts';
import {
  EventPublisher,
  GrpcServer,
  Logger,
  OnStop,
  OutboxRelay,
  backfillOnce,
  connectServiceRuntime,
  serviceConsumerOptions,
  startConsumer,
  startWithCleanup,
  syncIndexes,
} from '@hr/platform';
import type { RequisitionDeps } from './app/ports';
import { RequisitionConfig, approvalLevels } from './config';
import { applicationHiredHandler } from './events/application-hired.handler';
import { requisitionHandlers } from './grpc/requisition.grpc';
import { mongoPositionRepository } from './infra/position.repository';
import { requisitionQueryFieldsBackfill } from './infra/requisition.document';
import { requisitionModel } from './infra/requisition.model';
import { mongoRequisitionRepository } from './infra/requisition.repository';

export interface RunningService {
  grpcPort: number;
  deps: RequisitionDeps;
  relay: OutboxRelay;
  publisher: EventPublisher;
  stop(): Promise<void>;
}

/** Wires the requisition service: database, broker, outbox relay, consumer and gRPC server. */
export function startRequisitionService(config: RequisitionConfig, logger: Logger): Promise<RunningService> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, onStop));
}

async function wire(config: RequisitionConfig, logger: Logger, onStop: OnStop): Promise<Omit<RunningService, 'stop'>> {
  const runtime = await connectServiceRuntime(config, logger);
  onStop(() => runtime.close());
  const { connection, amqp, publisher } = runtime;
  const model = requisitionModel(connection);
  const relay = new OutboxRelay({ models: [model], publisher, logger, sweepIntervalMs: config.OUTBOX_SWEEP_MS });
  const deps: RequisitionDeps = {
    requisitions: mongoRequisitionRepository(connection, relay),
    positions: mongoPositionRepository(connection),
    approvalLevels: approvalLevels(config),
    now: () => new Date(),
    newId: randomUUID,
  };
  await syncIndexes(connection);
  await backfillOnce(connection.db!, requisitionQueryFieldsBackfill(model.collection), logger);
  const handlers = { [ApplicationStageChanged.type]: applicationHiredHandler(deps, logger) };
  await startConsumer(amqp, serviceConsumerOptions('requisition', config, handlers), logger);
  relay.start();
  onStop(() => relay.stop());
  const grpc = GrpcServer.fromConfig(config, logger);
  onStop(() => grpc.stop());
  grpc.add(requisitionV1.RequisitionServiceService, requisitionHandlers(deps));
  const grpcPort = await grpc.start();
  return { grpcPort, deps, relay, publisher };
}
