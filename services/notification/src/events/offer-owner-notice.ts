import type { EventEnvelope } from '@hr/contracts';
import type { OfferDigest } from '../app/ports';
import { offerOutcomeText, OfferOutcome } from '../infra/templates/offer-outcome.texts';
import { notifyAll, HandlerContext } from './handler-context';

/**
 * Tells the HR who created the offer, in their inbox, how it ended; the HR who last sent it when
 * its creation was never seen here. With neither known nobody can be told: logged, not retried,
 * since waiting would not make the creator known.
 */
export async function notifyOfferOwner(ctx: HandlerContext, event: EventEnvelope, offerId: string, outcome: (digest?: OfferDigest) => OfferOutcome): Promise<void> {
  const digest = await ctx.offers.get(offerId);
  const owner = digest?.createdBy ?? digest?.lastSentBy;
  if (!owner) return void ctx.logger.warn({ eventId: event.id, type: event.type }, "the offer's HR is unknown here (its creation was never seen): nobody told");
  const text = offerOutcomeText(ctx.defaultLocale, ctx.timeZone, outcome(digest));
  await notifyAll(ctx, event, {
    recipients: [{ userId: owner, locale: ctx.defaultLocale, channels: ['inbox'] }],
    unreachable: 0,
    templateKey: 'generic',
    variables: { title: text.title, message: text.message },
  });
}
