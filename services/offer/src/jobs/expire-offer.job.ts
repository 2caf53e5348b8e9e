import type { Logger } from '@hr/platform';
import { expireDueOffer } from '../app/expire-offer';
import type { OfferDeps } from '../app/ports';

export const EXPIRE_OFFER_JOB = 'expire-offer';

export interface ExpireOfferData {
  offerId: string;
}

/** Runs at the offer's expiresAt; expireDueOffer is idempotent, so a repeated or early run is harmless. */
export function expireOfferJob(deps: OfferDeps, logger: Logger) {
  return async (data: ExpireOfferData): Promise<void> => {
    const result = await expireDueOffer(deps, data.offerId);
    logger.info({ offerId: data.offerId, result }, 'offer expiry checked');
  };
}
