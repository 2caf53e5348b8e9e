import { createLogger, exitAfterFailedStart, loadConfig, onShutdown } from '@hr/platform';
import { requisitionConfigSchema } from './config';
import { startRequisitionService } from './requisition-service';

async function main(): Promise<void> {
  const config = loadConfig(requisitionConfigSchema);
  const logger = createLogger('requisition', config.LOG_LEVEL);
  const service = await startRequisitionService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('requisition service', error));
