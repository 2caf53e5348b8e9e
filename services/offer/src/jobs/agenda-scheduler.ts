import type { Db } from 'mongodb';
import { JobsConfig, Logger, createAgenda } from '@hr/platform';
import type { ExpiryScheduler } from '../app/ports';
import { EXPIRE_OFFER_JOB, ExpireOfferData } from './expire-offer.job';

export interface OfferJobs {
  expiry: ExpiryScheduler;
  start(handler: (data: ExpireOfferData) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

const MAX_RETRIES = 8;
/** A failed run (database away, …) is retried: 1, 2, 4 … minutes, at most an hour apart. */
const retryDelay = ({ attempt }: { attempt: number }) => (attempt > MAX_RETRIES ? null : Math.min(60_000 * 2 ** (attempt - 1), 3_600_000));

/**
 * Offer expiry on agenda: a job at each expiresAt the offer is given. A later expiry adds a job rather
 * than moving the first (finding that one by its data would read every pending expiry job); the earlier
 * job then finds the offer not due and does nothing (expireDueOffer re-checks).
 */
export function agendaOfferJobs(db: Db, config: JobsConfig, logger: Logger): OfferJobs {
  const agenda = createAgenda(db, config, logger);
  return {
    expiry: {
      async schedule(offerId, at) {
        const data: ExpireOfferData = { offerId };
        await agenda.schedule(at, EXPIRE_OFFER_JOB, data);
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
