import { EventData, EventEnvelope, InterviewCancelled } from '@hr/contracts';
import { withoutUndefined } from '@hr/platform';
import type { HandlerContext } from './handler-context';
import { invitationAttachments } from './invitation-attachment';
import { notifyInterviewParticipants } from './interview-notice';
import { optionalText } from './interview-variables.mapper';

/** The cancellation with the CANCEL .ics, so calendars remove the event. */
export function interviewCancelledHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview, invitation, reason } = event.data as EventData<typeof InterviewCancelled>;
    await notifyInterviewParticipants(ctx, event, {
      snapshot: interview,
      templateKey: 'interview.cancelled',
      extra: withoutUndefined({ reason: optionalText(reason) }),
      attachments: invitationAttachments(invitation),
    });
  };
}
