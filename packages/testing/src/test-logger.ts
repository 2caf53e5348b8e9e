import { createLogger, Logger } from '@hr/platform';

/** A logger that writes nothing, for code under test that wants one. */
export function silentLogger(): Logger {
  return createLogger('test', 'silent');
}

/** Silent unless TEST_LOG_LEVEL is set (e.g. `TEST_LOG_LEVEL=debug npm test`) to see what the code under test logs. */
export function testLogger(service = 'test'): Logger {
  return createLogger(service, process.env.TEST_LOG_LEVEL || 'silent');
}
