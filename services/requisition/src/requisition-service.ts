import { randomUUID } from 'node:crypto';
import { ApplicationStageChanged, requisitionV1 } from '@hr/contracts';
import {
  AmqpConnection,
  EventPublisher,
  GrpcServer,
  Logger,
  OutboxRelay,
  connectMongo,
  serviceConsumerOptions,
  startConsumer,
  syncIndexes,
} from '@hr/platform';
import type { RequisitionDeps } from './app/ports';
import { RequisitionConfig, approvalLevels } from './config';
import { applicationHiredHandler } from './events/application-hired.handler';
import { requisitionHandlers } from './grpc/requisition.grpc';
import { mongoPositionRepository } from './infra/position.repository';
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
export async function startRequisitionService(config: RequisitionConfig, logger: Logger): Promise<RunningService> {
  const connection = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, logger });
  const amqp = new AmqpConnection({ url: config.AMQP_URL, logger });
  await amqp.connect();
  const publisher = new EventPublisher(amqp, config.AMQP_EXCHANGE, logger);
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
  const handlers = { [ApplicationStageChanged.type]: applicationHiredHandler(deps, logger) };
  await startConsumer(amqp, serviceConsumerOptions('requisition', config, handlers), logger);
  relay.start();
  const grpc = new GrpcServer({
    port: config.GRPC_PORT,
    bindAddress: config.GRPC_BIND_ADDRESS,
    principalSecret: config.INTERNAL_TOKEN_SECRET,
    logger,
  });
  grpc.add(requisitionV1.RequisitionServiceService, requisitionHandlers(deps));
  const grpcPort = await grpc.start();
  return {
    grpcPort,
    deps,
    relay,
    publisher,
    async stop() {
      await grpc.stop();
      await relay.stop();
      await amqp.close();
      await connection.close();
    },
  };
}
