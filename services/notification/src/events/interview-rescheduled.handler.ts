import { EventData, EventEnvelope, InterviewRescheduled } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { invitationAttachments } from './invitation-attachment';
import { notifyInterviewParticipants } from './interview-notice';

/** The new time with the updated .ics (same UID, higher SEQUENCE), so calendars move the event. */
export function interviewRescheduledHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview, invitation, previousStartsAt } = event.data as EventData<typeof InterviewRescheduled>;
    await notifyInterviewParticipants(ctx, event, {
      snapshot: interview,
      templateKey: 'interview.rescheduled',
      extra: { previousStartsAt },
      links: { confirmUrl: invitation.confirmUrl, declineUrl: invitation.declineUrl },
      attachments: invitationAttachments(invitation),
    });
  };
}
