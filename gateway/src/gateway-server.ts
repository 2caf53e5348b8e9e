import { createServer, type Server } from 'node:http';
import { Logger, OnStop, Stoppable, connectMongo, startWithCleanup } from '@hr/platform';
import { createGateway } from './app';
import type { GatewayConfig } from './config';

export interface RunningGateway extends Stoppable {
  port: number;
}

/** Resolves once the server listens; rejects when it cannot (the port taken, the address unknown). */
function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/** Wires the gateway process: its database, the app (gRPC clients of every service) and the HTTP server. */
export function startGatewayServer(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, onStop));
}

async function wire(config: GatewayConfig, logger: Logger, onStop: OnStop): Promise<Omit<RunningGateway, 'stop'>> {
  const connection = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, poolSize: config.MONGO_POOL_SIZE, logger });
  onStop(() => connection.close());
  const gateway = createGateway({ config, connection, logger });
  onStop(() => gateway.close());
  await gateway.syncIndexes();
  await gateway.ensureFirstAdmin();
  const server = createServer(gateway.app);
  const port = await listen(server, config.GATEWAY_PORT, config.GATEWAY_BIND_ADDRESS);
  onStop(() => closeServer(server));
  logger.info({ port, address: config.GATEWAY_BIND_ADDRESS }, 'gateway listening');
  return { port };
}
