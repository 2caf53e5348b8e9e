import type { EventData, EventEnvelope, RoundDecided } from '@hr/contracts';
import { roundDecidedText } from '../infra/templates/round-decided.texts';
import { notifyAll, HandlerContext } from './handler-context';

/**
 * Tells the HR who created the interview, in their inbox, the round's result. The event does not
 * name them: they are remembered from the invitation. Without that nobody can be told: logged, not
 * retried, since waiting would not make the creator known.
 */
export function roundDecidedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof RoundDecided>;
    const digest = await ctx.interviews.get(data.interviewId);
    if (!digest?.createdBy) return void ctx.logger.warn({ eventId: event.id, type: event.type }, "the interview's creator is unknown here (its invitation was never seen): nobody told");
    const text = roundDecidedText(ctx.defaultLocale, ctx.timeZone, data, digest);
    await notifyAll(ctx, event, {
      recipients: [{ userId: digest.createdBy, locale: ctx.defaultLocale, channels: ['inbox'] }],
      unreachable: 0,
      templateKey: 'generic',
      variables: { title: text.title, message: text.message },
    });
  };
}
