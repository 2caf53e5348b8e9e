import { CandidateResponded, EventData, EventEnvelope } from '@hr/contracts';
import { candidateResponseText } from '../infra/templates/candidate-response.texts';
import { notifyAll, HandlerContext } from './handler-context';

/** Tells the HR who created the interview, in their inbox, that the candidate confirmed or declined. */
export function candidateRespondedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof CandidateResponded>;
    const digest = await ctx.interviews.get(data.interviewId);
    const text = candidateResponseText(ctx.defaultLocale, ctx.timeZone, data, digest);
    await notifyAll(ctx, event, {
      recipients: [{ userId: data.createdBy, locale: ctx.defaultLocale, channels: ['inbox'] }],
      unreachable: 0,
      templateKey: 'generic',
      variables: { title: text.title, message: text.message },
    });
  };
}
