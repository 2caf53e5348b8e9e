import { createLogger, exitAfterFailedStart, loadConfig, onShutdown } from '@hr/platform';
import { offerConfigSchema } from './config';
import { startOfferService } from './offer-service';

async function main(): Promise<void> {
  const config = loadConfig(offerConfigSchema);
  const logger = createLogger('offer', config.LOG_LEVEL);
  const service = await startOfferService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('offer service', error));
