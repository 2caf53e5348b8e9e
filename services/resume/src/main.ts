import { createLogger, exitAfterFailedStart, loadConfig, onShutdown } from '@hr/platform';
import { resumeConfigSchema } from './config';
import { startResumeService } from './resume-service';

async function main(): Promise<void> {
  const config = loadConfig(resumeConfigSchema);
  const logger = createLogger('resume', config.LOG_LEVEL);
  const service = await startResumeService(config, logger);
  onShutdown(logger, [() => service.stop()]);
}

main().catch((error: unknown) => exitAfterFailedStart('resume service', error));
