import { DomainError, Principal } from '@hr/workflow';
import type { Offer, OfferSend } from './offer';
import { assertMayManage } from './offer-access';
import { assertNotPastExpiry, describeStatus, moveTo } from './offer-transition';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Only an approved (or already sent) offer that has not expired goes out; every other case says why. */
export function assertSendable(offer: Offer, now: Date): void {
  if (offer.status === 'approved' || offer.status === 'sent') return assertNotPastExpiry(offer, now);
  if (offer.status === 'expired') assertNotPastExpiry(offer, now);
  if (['accepted', 'declined', 'withdrawn'].includes(offer.status)) {
    throw DomainError.conflict('OFFER_CLOSED', `the offer is ${describeStatus(offer.status)} and can no longer be sent`);
  }
  throw DomainError.conflict('OFFER_NOT_APPROVED', `only an approved offer can be sent; this one is ${describeStatus(offer.status)}`);
}

export type NewSend = Omit<OfferSend, 'sequence' | 'round'>;

/** Records one more sending; the first moves the offer to `sent`, later ones only count. */
export function recordSend(offer: Offer, send: NewSend, principal: Principal, now: Date): Offer {
  assertMayManage(principal, 'send');
  assertSendable(offer, now);
  if (!EMAIL.test(send.toEmail)) throw DomainError.invalid('toEmail', 'email');
  const recorded: OfferSend = { ...send, sequence: offer.sends.length + 1, round: offer.approval?.round ?? 0 };
  const withSend: Offer = { ...offer, sends: [...offer.sends, recorded], updatedAt: now };
  return offer.status === 'sent' ? withSend : moveTo(withSend, 'sent', principal.userId, now);
}

export function sendCount(offer: Offer): number {
  return offer.sends.length;
}
