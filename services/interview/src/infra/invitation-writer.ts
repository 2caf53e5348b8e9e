import type { Invitation, InvitationMethod, InvitationWriter, InterviewRecord, LinkAction } from '../app/ports';
import { InvitationAttendee, InvitationPerson, invitationIcs } from './icalendar';
import { descriptionOf, locationOf, summaryOf } from './invitation-text';
import { createResponseToken } from './response-link';

export interface InvitationSettings {
  organizer: InvitationPerson;
  uidDomain: string;
  /** The gateway's public address; links are `<base>/public/v1/interview-responses/<token>`. */
  publicBaseUrl: string;
  linkSecret: string;
}

export const RESPONSE_PATH = '/public/v1/interview-responses';

type Audience = 'candidate' | 'interviewers';

/**
 * Who a calendar lists. The candidate's lists the candidate alone: their calendar must not learn the
 * interviewers' addresses. The interviewers' lists everyone, candidate first. People without an
 * address cannot be put in a calendar invitation.
 */
function attendeesOf(record: InterviewRecord, audience: Audience): InvitationAttendee[] {
  const { candidate, interviewers } = record.snapshot;
  const people = audience === 'candidate' ? [candidate] : [candidate, ...interviewers];
  return people.flatMap(({ name, email }) => (email ? [{ name, email, role: 'required' as const }] : []));
}

/**
 * Two calendars of one event (same UID and SEQUENCE): the candidate's and the interviewers'. Both in
 * the candidate's language, as the invitation has always been written; the organizer is the company's
 * configured mailbox in both.
 */
export function icalendarInvitationWriter(settings: InvitationSettings): InvitationWriter {
  const link = (record: InterviewRecord, action: LinkAction) => {
    const claims = { interviewId: record.id, action, sequence: record.sequence, expiresAt: record.startsAt };
    return `${settings.publicBaseUrl}${RESPONSE_PATH}/${createResponseToken(claims, settings.linkSecret)}`;
  };
  const calendar = (record: InterviewRecord, method: InvitationMethod, now: Date, audience: Audience) => {
    const locale = record.snapshot.candidate.locale;
    return invitationIcs(record, {
      method,
      organizer: settings.organizer,
      attendees: attendeesOf(record, audience),
      summary: summaryOf(record, locale),
      description: descriptionOf(record, locale, audience),
      location: locationOf(record.format),
      url: record.format.kind === 'video' ? record.format.link : undefined,
      uidDomain: settings.uidDomain,
      now,
    });
  };
  return {
    write(record, method, now): Invitation {
      const ics = calendar(record, method, now, 'candidate');
      const interviewerIcs = calendar(record, method, now, 'interviewers');
      if (method === 'CANCEL') return { ics, interviewerIcs, method };
      return { ics, interviewerIcs, method, confirmUrl: link(record, 'confirm'), declineUrl: link(record, 'decline') };
    },
  };
}
