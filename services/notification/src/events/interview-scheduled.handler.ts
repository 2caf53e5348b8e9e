import { EventData, EventEnvelope, InterviewScheduled } from '@hr/contracts';
import type { HandlerContext } from './handler-context';
import { invitationAttachments } from './invitation-attachment';
import { notifyInterviewParticipants } from './interview-notice';

/**
 * The invitation with its REQUEST .ics: the candidate gets the answer links and a calendar of their own
 * that lists no staff address; the interviewers get the panel's calendar and no links.
 * Its actor (the HR scheduling it) is remembered as the interview's creator.
 */
export function interviewScheduledHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview, invitation } = event.data as EventData<typeof InterviewScheduled>;
    await notifyInterviewParticipants(ctx, event, {
      snapshot: interview,
      templateKey: 'interview.invitation',
      links: { confirmUrl: invitation.confirmUrl, declineUrl: invitation.declineUrl },
      attachments: invitationAttachments(invitation),
      createdBy: event.actor?.userId,
    });
  };
}
