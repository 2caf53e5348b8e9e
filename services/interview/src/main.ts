import { createLogger, exitAfterFailedStart, loadConfig, onShutdown } from '@hr/platform';
import { interviewConfigSchema } from './config';
import { startInterviewService } from './interview-service';

async function main(): Promise<void> {
  const config = loadConfig(interviewConfigSchema);
  const logger = createLogger('interview', config.LOG_LEVEL);
  const service = await startInterviewService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('interview service', error));
