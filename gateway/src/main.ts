import type { Server } from 'node:http';
import { ConfigError, connectMongo, createLogger, onShutdown } from '@hr/platform';
import { createGateway } from './app';
import { loadGatewayConfig } from './config';

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const connection = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, poolSize: config.MONGO_POOL_SIZE, logger });
  const gateway = createGateway({ config, connection, logger });
  await gateway.syncIndexes();
  await gateway.ensureFirstAdmin();
  const server = gateway.app.listen(config.GATEWAY_PORT, config.GATEWAY_BIND_ADDRESS, () => {
    logger.info({ port: config.GATEWAY_PORT, address: config.GATEWAY_BIND_ADDRESS }, 'gateway listening');
  });
  onShutdown(logger, [() => closeServer(server), () => gateway.close(), () => connection.close()]);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
