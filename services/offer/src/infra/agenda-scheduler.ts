import type { Db } from 'mongodb';
import { JobsConfig, Logger, createAgenda } from '@hr/platform';
import type { ExpiryScheduler } from '../app/ports';
import { EXPIRE_OFFER_JOB, ExpireOfferData } from '../jobs/expire-offer.job';

export interface OfferJobs {
  expiry: ExpiryScheduler;
  start(handler: (data: ExpireOfferData) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

const MAX_RETRIES = 8;
/** A failed run (database away, …) is retried: 1, 2, 4 … minutes, at most an hour apart. */
const retryDelay = ({ attempt }: { attempt: number }) => (attempt > MAX_RETRIES ? null : Math.min(60_000 * 2 ** (attempt - 1), 3_600_000));

/** Offer expiry on agenda: one job per offer, found again by its offerId, so rescheduling moves it. */
export function agendaOfferJobs(db: Db, config: JobsConfig, logger: Logger): OfferJobs {
  const agenda = createAgenda(db, config, logger);
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
        concurrency: 1,
      });
      await agenda.start();
    },
    async stop() {
      await agenda.stop();
    },
  };
}
