import { EventData, EventEnvelope, InterviewScheduled } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { invitationAttachment } from './invitation-attachment';
import { notifyInterviewParticipants } from './interview-notice';

/**
 * The invitation with its REQUEST .ics: the candidate gets the answer links, the interviewers do not.
 * Its actor (the HR scheduling it) is remembered as the interview's creator.
 */
export function interviewScheduledHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview, invitation } = event.data as EventData<typeof InterviewScheduled>;
    await notifyInterviewParticipants(ctx, event, {
      snapshot: interview,
      templateKey: 'interview.invitation',
      links: { confirmUrl: invitation.confirmUrl, declineUrl: invitation.declineUrl },
      attachment: invitationAttachment(invitation),
      createdBy: event.actor?.userId,
    });
  };
}
