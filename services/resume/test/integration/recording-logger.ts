import { silentLogger } from '@hr/testing';

export type Logged = { level: string; fields: Record<string, unknown>; message: string };

/** A silent logger whose calls are kept: the handlers' decisions are the sync point for "nothing happened". */
export function recordingLogger() {
  const logger = silentLogger();
  const logged: Logged[] = [];
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    jest.spyOn(logger, level).mockImplementation(((fields: Record<string, unknown>, message: string) => void logged.push({ level, fields, message })) as never);
  }
  return { logger, logged };
}
