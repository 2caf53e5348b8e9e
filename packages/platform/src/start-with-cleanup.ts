import type { Logger } from './logger';
import type { Closer } from './shutdown';

/** Registers how to close what a start step just opened. */
export type OnStop = (close: Closer) => void;

export interface Stoppable {
  /** Closes everything the start opened, the last opened first; throws the first failure after trying all. */
  stop(): Promise<void>;
}

/**
 * Runs a service's start steps, each registering with `onStop` what it opened. The result's stop()
 * closes all of it in reverse order. When a step fails, what the earlier steps opened is closed at once
 * and the error rethrown: a failed start leaves no connection, timer or server behind, so the process
 * can end (see exitAfterFailedStart).
 */
export async function startWithCleanup<T extends object>(logger: Logger, start: (onStop: OnStop) => Promise<T>): Promise<T & Stoppable> {
  const closers: Closer[] = [];
  const closeAll = async (): Promise<unknown[]> => {
    const failures: unknown[] = [];
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        failures.push(error);
      }
    }
    return failures;
  };
  let started: T;
  try {
    started = await start((close) => closers.push(close));
  } catch (error) {
    for (const failure of await closeAll()) logger.warn({ err: (failure as Error).message }, 'closing after a failed start');
    throw error;
  }
  return {
    ...started,
    async stop() {
      const [first] = await closeAll();
      if (first) throw first;
    },
  };
}
