import type { EventData, EventEnvelope, OfferApproved } from '@hr/contracts';
import type { ApprovalDecision } from '../infra/templates/offer-outcome.texts';
import type { HandlerContext } from './handler-context';
import { notifyOfferOwner } from './offer-owner-notice';

/** What approved, rejected and returned share: the offer and the deciding level's comment. */
type Decided = Pick<EventData<typeof OfferApproved>, 'offerId' | 'number' | 'comment'>;

/**
 * The offer's HR learns in their inbox how its approval ended: approved at every level (ready to
 * send), rejected, or returned for changes, with the approver's comment.
 */
export function offerDecisionHandler(ctx: HandlerContext, decision: ApprovalDecision) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as Decided;
    await notifyOfferOwner(ctx, event, data.offerId, (digest) => ({
      kind: decision,
      number: data.number,
      candidateName: digest?.candidateName,
      comment: data.comment,
    }));
  };
}
