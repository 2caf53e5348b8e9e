import { defineStateMachine } from '@hr/workflow';
import type { OfferStatus } from './offer';

/**
 * draft → pending_approval → approved → sent → accepted | declined | expired; an approver may reject
 * (final) or return it for changes (edit, resubmit); a negotiated change of salary or start date takes
 * an approved or sent offer back to pending_approval; HR may withdraw any offer not yet answered.
 */
export const offerStatus = defineStateMachine<OfferStatus>('offer', {
  draft: ['pending_approval', 'withdrawn'],
  pending_approval: ['approved', 'rejected', 'returned', 'withdrawn'],
  returned: ['pending_approval', 'withdrawn'],
  rejected: [],
  // HR may record an answer the candidate gave before the letter went out.
  approved: ['sent', 'accepted', 'declined', 'pending_approval', 'expired', 'withdrawn'],
  sent: ['accepted', 'declined', 'expired', 'pending_approval', 'withdrawn'],
  accepted: [],
  declined: [],
  expired: [],
  withdrawn: [],
});

export const EDITABLE_STATUSES: readonly OfferStatus[] = ['draft', 'returned'];
/** OFFER列表: offers that passed the last approval, whatever happened to them since. */
export const APPROVED_LIST_STATUSES: readonly OfferStatus[] = ['approved', 'sent', 'accepted', 'declined', 'expired'];
/** Offers still in play: one per application at a time. */
export const OPEN_STATUSES: readonly OfferStatus[] = ['draft', 'pending_approval', 'returned', 'approved', 'sent'];
/** Offers that can lapse at their expiry: approved (not sent yet) and sent, unanswered. */
export const EXPIRABLE_STATUSES: readonly OfferStatus[] = ['approved', 'sent'];
