import { DomainError } from '@hr/workflow';
import type { Offer, OfferStatus } from './offer';
import { offerStatus } from './offer-status';

/** Moves an offer to a status the state machine allows, recording who and when. */
export function moveTo(offer: Offer, to: OfferStatus, by: string, now: Date, comment?: string): Offer {
  offerStatus.assert(offer.status, to);
  const change = { from: offer.status, to, by, at: now, comment: comment?.trim() || undefined };
  return { ...offer, status: to, statusHistory: [...offer.statusHistory, change], updatedAt: now };
}

const STATUS_WORDS: Record<OfferStatus, string> = {
  draft: 'a draft',
  pending_approval: 'pending approval',
  approved: 'approved',
  rejected: 'rejected',
  returned: 'returned for changes',
  sent: 'sent',
  accepted: 'accepted',
  declined: 'declined',
  expired: 'expired',
  withdrawn: 'withdrawn',
};

export function describeStatus(status: OfferStatus): string {
  return STATUS_WORDS[status];
}

/** The offer's expiry has come (whether or not the expiry job has run yet). */
export function isPastExpiry(offer: Pick<Offer, 'expiresAt'>, now: Date): boolean {
  return now.getTime() >= offer.expiresAt.getTime();
}

export function assertNotPastExpiry(offer: Offer, now: Date): void {
  if (offer.status === 'expired' || isPastExpiry(offer, now)) {
    throw DomainError.conflict('OFFER_EXPIRED', `the offer expired at ${offer.expiresAt.toISOString()}`);
  }
}
