import type { Offer } from './offer';
import { EXPIRABLE_STATUSES } from './offer-status';
import { isPastExpiry, moveTo } from './offer-transition';

/**
 * The expired offer, or undefined when there is nothing to do: already answered, withdrawn or expired,
 * or not due (the expiry moved later). Running it twice changes nothing, so the job may repeat.
 */
export function expireOffer(offer: Offer, now: Date): Offer | undefined {
  if (!EXPIRABLE_STATUSES.includes(offer.status) || !isPastExpiry(offer, now)) return undefined;
  return { ...moveTo(offer, 'expired', 'system', now), expiredAt: now };
}
