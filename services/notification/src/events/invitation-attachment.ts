import { DomainError } from '@hr/workflow';
import { calendarMethod } from '../domain/calendar-method';
import type { MessageAttachment } from '../domain/notification';

export interface Invitation {
  /** The candidate's calendar. */
  ics: string;
  /** The interviewers' calendar; absent from events published before it existed, which gave everyone `ics`. */
  interviewerIcs?: string;
  method: 'REQUEST' | 'CANCEL';
}

/**
 * One calendar as the e-mail attachment. A calendar that says another METHOD than the event does is
 * refused (the event goes to the retry and dead-letter queues): mailing it would tell the reader's
 * calendar to do something else than the message says.
 */
function attachmentOf(ics: string, expected: Invitation['method']): MessageAttachment {
  const method = calendarMethod(ics);
  if (method !== expected) {
    throw new DomainError('invalid_argument', 'INVITATION_METHOD_MISMATCH', `the invitation is a ${expected} but its calendar says ${method ?? 'no METHOD'}`);
  }
  return { filename: 'invite.ics', contentType: `text/calendar; method=${method}`, content: ics };
}

/** The candidate's calendar for the candidate, the interviewers' for the interviewers. */
export function invitationAttachments(invitation: Invitation): { candidate: MessageAttachment; interviewers: MessageAttachment } {
  return {
    candidate: attachmentOf(invitation.ics, invitation.method),
    interviewers: attachmentOf(invitation.interviewerIcs ?? invitation.ics, invitation.method),
  };
}
