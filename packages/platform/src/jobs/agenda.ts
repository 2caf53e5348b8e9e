import { Agenda } from 'agenda';
import { MongoBackend } from '@agendajs/mongo-backend';
import type { Db } from 'mongodb';
import { z } from 'zod';
import type { Logger } from '../logger';

/** Scheduled work of a service (agenda): how often due jobs are looked for and how long a run holds its lock. */
export const jobsConfigSchema = z.object({
  AGENDA_PROCESS_EVERY_MS: z.coerce.number().int().positive().default(10_000),
  /** A run's lock; agenda also keeps a timer of half this alive after each run (tests use a few seconds so jest can exit). */
  AGENDA_LOCK_LIFETIME_MS: z.coerce.number().int().positive().default(600_000),
});

export type JobsConfig = z.infer<typeof jobsConfigSchema>;

/**
 * Agenda on the service's own database (collection `agendaJobs`), failures logged by job name and
 * message only: job data may name people. Finished jobs are removed: jobs that must run once per fact
 * keep their own marker on the document they act on.
 */
export function createAgenda(db: Db, config: JobsConfig, logger: Logger): Agenda {
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: db }),
    processEvery: config.AGENDA_PROCESS_EVERY_MS,
    defaultLockLifetime: config.AGENDA_LOCK_LIFETIME_MS,
    removeOnComplete: true,
  });
  agenda.on('error', (error: Error) => logger.warn({ err: error.message }, 'agenda error'));
  agenda.on('fail', (error: Error | string, job: { attrs?: { name?: string } }) =>
    logger.warn({ err: error instanceof Error ? error.message : error, job: job.attrs?.name }, 'scheduled job failed'),
  );
  return agenda;
}
