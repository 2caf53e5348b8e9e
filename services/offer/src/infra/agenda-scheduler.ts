import type { Agenda as AgendaType } from 'agenda';
import type { MongoBackend as MongoBackendType } from '@agendajs/mongo-backend';
import type { Db } from 'mongodb';
import type { Logger } from '@hr/platform';
import type { ExpiryScheduler } from '../app/ports';
import { EXPIRE_OFFER_JOB, ExpireOfferData } from '../jobs/expire-offer.job';
import { requireEsm } from './esm-module';

export interface AgendaOptions {
  /** The service's own database (agenda keeps its jobs in `agenda_jobs` there). */
  db: Db;
  processEveryMs: number;
  /** Agenda also keeps a lock-check timer of half this alive after each run. */
  lockLifetimeMs: number;
  logger: Logger;
}

export interface OfferJobs {
  expiry: ExpiryScheduler;
  start(handler: (data: ExpireOfferData) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

const MAX_RETRIES = 8;
/** A failed run (database away, …) is retried: 1, 2, 4 … minutes, at most an hour apart. */
const retryDelay = ({ attempt }: { attempt: number }) => (attempt > MAX_RETRIES ? null : Math.min(60_000 * 2 ** (attempt - 1), 3_600_000));

/** Offer expiry on agenda: one job per offer, found again by its offerId, so rescheduling moves it. */
export function agendaOfferJobs(options: AgendaOptions): OfferJobs {
  const { Agenda } = requireEsm<{ Agenda: typeof AgendaType }>('agenda');
  const { MongoBackend } = requireEsm<{ MongoBackend: typeof MongoBackendType }>('@agendajs/mongo-backend');
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: options.db, collection: 'agenda_jobs' }),
    processEvery: options.processEveryMs,
    defaultConcurrency: 1,
  });
  agenda.on('error', (error) => options.logger.error({ err: error }, 'agenda error'));
  agenda.on(`fail:${EXPIRE_OFFER_JOB}`, (error: unknown) => options.logger.warn({ err: error }, 'offer expiry job failed; it will be retried'));
  return {
    expiry: {
      async schedule(offerId, at) {
        const data: ExpireOfferData = { offerId };
        await agenda.create(EXPIRE_OFFER_JOB, data).unique({ 'data.offerId': offerId }).schedule(at.toISOString()).save();
      },
    },
    async start(handler) {
      agenda.define<ExpireOfferData>(EXPIRE_OFFER_JOB, (job) => handler({ offerId: String(job.attrs.data.offerId) }), {
        backoff: retryDelay,
        lockLifetime: options.lockLifetimeMs,
      });
      await agenda.start();
    },
    async stop() {
      await agenda.stop();
    },
  };
}
