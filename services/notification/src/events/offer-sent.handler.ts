import { EventData, EventEnvelope, OfferSent } from '@hr/contracts';
import { notifyAll, HandlerContext } from './handler-context';
import { candidateRecipient } from './interview-recipients';
import { optionalWebUrl, unsafeLinks } from './interview-variables.mapper';
import { offerLetterAttachments } from './offer-letter-attachment';

/**
 * Mails the letter the offer service wrote to the candidate, with its PDF and the answer links.
 * Each send is its own event, so a second send mails again while a redelivered one finds its
 * notification and sends nothing. The candidate and sender are remembered for the HR's notices.
 */
export function offerSentHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof OfferSent>;
    const attachments = offerLetterAttachments(data.attachments, data.number);
    await ctx.offers.remember({ offerId: data.offerId, number: data.number, candidateName: data.recipient.name, lastSentBy: data.sentBy });
    const links = { acceptUrl: data.acceptUrl, declineUrl: data.declineUrl };
    const dropped = unsafeLinks(links);
    if (dropped.length) ctx.logger.warn({ eventId: event.id, type: event.type, dropped }, 'answer links that are not http(s) are left out of the letter');
    const [accept, decline] = [optionalWebUrl(links.acceptUrl), optionalWebUrl(links.declineUrl)];
    await notifyAll(ctx, event, {
      ...candidateRecipient(data.recipient, {}),
      templateKey: 'offer.letter',
      variables: {
        letterSubject: data.subject,
        letterHtml: data.html,
        letterText: data.text,
        expiresAt: data.expiresAt,
        ...(accept && decline ? { answerLinks: { accept, decline } } : {}),
      },
      attachments,
    });
  };
}
