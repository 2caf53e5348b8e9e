import { DomainError } from '@hr/workflow';
import { calendarMethod } from '../domain/calendar-method';
import type { MessageAttachment } from '../domain/notification';

export interface Invitation {
  ics: string;
  method: 'REQUEST' | 'CANCEL';
}

/**
 * The invitation as the e-mail attachment. An event whose calendar says another METHOD than the
 * event does is refused (it goes to the retry and dead-letter queues): mailing it would tell the
 * candidate's calendar to do something else than the message says.
 */
export function invitationAttachment(invitation: Invitation): MessageAttachment {
  const method = calendarMethod(invitation.ics);
  if (method !== invitation.method) {
    throw new DomainError(
      'invalid_argument',
      'INVITATION_METHOD_MISMATCH',
      `the invitation is a ${invitation.method} but its calendar says ${method ?? 'no METHOD'}`,
    );
  }
  return { filename: 'invite.ics', contentType: `text/calendar; method=${method}`, content: invitation.ics };
}
