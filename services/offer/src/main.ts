import { createLogger, loadConfig, onShutdown } from '@hr/platform';
import { offerConfigSchema } from './config';
import { startOfferService } from './offer-service';

async function main(): Promise<void> {
  const config = loadConfig(offerConfigSchema);
  const logger = createLogger('offer', config.LOG_LEVEL);
  const service = await startOfferService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error) => {
  console.error(`offer service failed to start: ${(error as Error).message}`);
  process.exit(1);
});
