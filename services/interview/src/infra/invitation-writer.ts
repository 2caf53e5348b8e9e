import type { Invitation, InvitationWriter, InterviewRecord, LinkAction } from '../app/ports';
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

/** Everyone invited, candidate first; people without an address cannot be put in a calendar invitation. */
function attendeesOf(record: InterviewRecord): InvitationAttendee[] {
  const { candidate, interviewers } = record.snapshot;
  const people = [{ ...candidate, role: 'required' as const }, ...interviewers.map((i) => ({ ...i, role: 'required' as const }))];
  return people.filter((p): p is typeof p & { email: string } => !!p.email).map(({ name, email, role }) => ({ name, email, role }));
}

/** One invitation for all: in the candidate's language, since it is written for them. */
export function icalendarInvitationWriter(settings: InvitationSettings): InvitationWriter {
  const link = (record: InterviewRecord, action: LinkAction) => {
    const claims = { interviewId: record.id, action, sequence: record.sequence, expiresAt: record.startsAt };
    return `${settings.publicBaseUrl}${RESPONSE_PATH}/${createResponseToken(claims, settings.linkSecret)}`;
  };
  return {
    write(record, method, now): Invitation {
      const locale = record.snapshot.candidate.locale;
      const ics = invitationIcs(record, {
        method,
        organizer: settings.organizer,
        attendees: attendeesOf(record),
        summary: summaryOf(record, locale),
        description: descriptionOf(record, locale),
        location: locationOf(record.format),
        url: record.format.kind === 'video' ? record.format.link : undefined,
        uidDomain: settings.uidDomain,
        now,
      });
      if (method === 'CANCEL') return { ics, method };
      return { ics, method, confirmUrl: link(record, 'confirm'), declineUrl: link(record, 'decline') };
    },
  };
}
