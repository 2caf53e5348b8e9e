import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { connectMongo } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import { createGateway } from '../../gateway/src/app';
import { gatewayConfigSchema } from '../../gateway/src/config';
import { requisitionConfigSchema } from '../../services/requisition/src/config';
import { startRequisitionService } from '../../services/requisition/src/requisition-service';
import { resumeConfigSchema } from '../../services/resume/src/config';
import { startResumeService } from '../../services/resume/src/resume-service';

const SECRET = 'e2e-internal-token-secret-0123456789abcdef';
export const ADMIN = { email: 'admin@e2e.test', password: 'Admin-Passw0rd!' };

export interface RunningSystem {
  baseUrl: string;
  amqpUrl: string;
  exchange: string;
  stop(): Promise<void>;
}

/** The whole system in this process, on the test run's FerretDB and RabbitMQ, isolated by names. */
export async function startSystem(): Promise<RunningSystem> {
  const { mongoUrl, amqpUrl } = testEnv();
  const logger = silentLogger();
  const requisitionConfig = requisitionConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_req'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const requisition = await startRequisitionService(requisitionConfig, logger);
  const resumeConfig = resumeConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_res'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: requisitionConfig.AMQP_EXCHANGE,
    AMQP_QUEUE_PREFIX: requisitionConfig.AMQP_QUEUE_PREFIX,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    LOG_LEVEL: 'silent',
  });
  const resume = await startResumeService(resumeConfig, logger);
  const gatewayConfig = gatewayConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_gw'),
    JWT_SECRET: 'e2e-jwt-secret-0123456789abcdef-0123456789',
    INTERNAL_TOKEN_SECRET: SECRET,
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    RESUME_GRPC_URL: `127.0.0.1:${resume.grpcPort}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_RATE_LIMIT: '1000',
    LOG_LEVEL: 'silent',
  });
  const connection = await connectMongo({ url: mongoUrl, dbName: gatewayConfig.MONGO_DB, logger });
  const gateway = createGateway({ config: gatewayConfig, connection, logger });
  await gateway.syncIndexes();
  await gateway.ensureFirstAdmin(() => undefined);
  const server: Server = await new Promise((resolve) => {
    const listening = gateway.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    amqpUrl,
    exchange: requisitionConfig.AMQP_EXCHANGE,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      gateway.close();
      await connection.close();
      await resume.stop();
      await requisition.stop();
      await dropDatabase(mongoUrl, resumeConfig.MONGO_DB);
      await dropDatabase(mongoUrl, gatewayConfig.MONGO_DB);
      await dropDatabase(mongoUrl, requisitionConfig.MONGO_DB);
    },
  };
}
