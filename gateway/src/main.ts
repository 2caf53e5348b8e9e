import { createLogger, exitAfterFailedStart, onShutdown } from '@hr/platform';
import { loadGatewayConfig } from './config';
import { startGatewayServer } from './gateway-server';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGatewayServer(config, logger);
  onShutdown(logger, [() => gateway.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('gateway', error));
