import { createLogger, exitAfterFailedStart, loadConfig, onShutdown } from '@hr/platform';
import { notificationConfigSchema } from './config';
import { startNotificationService } from './notification-service';

async function main(): Promise<void> {
  const config = loadConfig(notificationConfigSchema);
  const logger = createLogger('notification', config.LOG_LEVEL);
  const service = await startNotificationService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('notification service', error));
