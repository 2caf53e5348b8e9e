import { OfferExpired } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import { expireOffer } from '../domain/offer-expiry';
import { offerEvent, offerRef } from './offer-events';
import type { OfferDeps } from './ports';

const MAX_ATTEMPTS = 5;

export type ExpiryResult = 'expired' | 'not_due' | 'unknown_offer';

/**
 * Run by the expiry job at the offer's expiresAt. Idempotent: an answered, withdrawn or already
 * expired offer, or one whose expiry moved later, is left as it is.
 */
export async function expireDueOffer(deps: OfferDeps, offerId: string): Promise<ExpiryResult> {
  for (let attempt = 1; ; attempt += 1) {
    const offer = await deps.offers.get(offerId);
    if (!offer) return 'unknown_offer';
    const now = deps.now();
    const expired = expireOffer(offer, now);
    if (!expired) return 'not_due';
    const event = offerEvent(
      OfferExpired,
      { ...offerRef(expired), expiresAt: expired.expiresAt.toISOString(), previousStatus: offer.status },
      undefined,
      now,
    );
    try {
      await deps.offers.save(expired, [event]);
      return 'expired';
    } catch (error) {
      // The candidate answered (or HR acted) meanwhile: decide again on the new state.
      if (!(error instanceof DomainError && error.kind === 'aborted') || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
