import { EventData, EventEnvelope, InterviewReminderDue } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { notifyInterviewParticipants } from './interview-notice';

/** A reminder to the candidate and the interviewers; each reminder is its own event, so each is sent. */
export function interviewReminderDueHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview } = event.data as EventData<typeof InterviewReminderDue>;
    await notifyInterviewParticipants(ctx, event, { snapshot: interview, templateKey: 'interview.reminder' });
  };
}
