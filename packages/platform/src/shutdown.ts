import type { Logger } from './logger';

export type Closer = () => Promise<unknown> | unknown;

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

/**
 * The end of a main() whose start failed: says why, and lets the process end by itself with code 1 once
 * the start has closed what it opened (startWithCleanup); ending so, it says that nothing was left open.
 * Should a handle stay open all the same, the process is ended after timeoutMs, saying so, rather than
 * hang where an orchestrator expects an exit.
 */
export function exitAfterFailedStart(service: string, error: unknown, timeoutMs = 15_000): void {
  console.error(`${service} failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
  // 'beforeExit' comes only when nothing keeps the event loop alive (never after process.exit()).
  process.once('beforeExit', () => console.error(`${service}: stopped after the failed start; nothing it opened is left open`));
  setTimeout(() => {
    console.error(`${service}: something the failed start opened is still open after ${timeoutMs / 1000} s; exiting`);
    process.exit(1);
  }, timeoutMs).unref();
}
