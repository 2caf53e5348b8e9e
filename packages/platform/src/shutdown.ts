import type { Logger } from './logger';

type Closer = () => Promise<unknown> | unknown;

/** Runs closers in order on SIGTERM/SIGINT (stop accepting first, then drain, then close stores). */
export function onShutdown(logger: Logger, closers: Closer[], timeoutMs = 15_000): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      const timer = setTimeout(() => {
        logger.error('shutdown timed out');
        process.exit(1);
      }, timeoutMs);
      timer.unref();
      for (const close of closers) {
        try {
          await close();
        } catch (error) {
          logger.warn({ err: error }, 'error while shutting down');
        }
      }
      clearTimeout(timer);
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  return stop;
}
