import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { Interview, endsAt } from '../domain/interview';

export type InvitationMethod = 'REQUEST' | 'CANCEL';
export type AttendeeRole = 'required' | 'optional' | 'chair';

export interface InvitationPerson {
  name: string;
  email: string;
}

export interface InvitationAttendee extends InvitationPerson {
  role: AttendeeRole;
}

export interface InvitationOptions {
  method: InvitationMethod;
  organizer: InvitationPerson;
  attendees: InvitationAttendee[];
  summary: string;
  description: string;
  location: string;
  url?: string;
  /** The right-hand side of the UID, from configuration: it must never change for a deployment. */
  uidDomain: string;
  /** DTSTAMP: when this version of the invitation was made. */
  now?: Date;
}

const PRODUCT_ID = { company: 'hr-recruitment', product: 'interview-service', language: 'EN' };

const ROLES: Record<AttendeeRole, ICalAttendeeRole> = {
  required: ICalAttendeeRole.REQ,
  optional: ICalAttendeeRole.OPT,
  chair: ICalAttendeeRole.CHAIR,
};

export function invitationUid(interviewId: string, uidDomain: string): string {
  return `interview-${interviewId}@${uidDomain}`;
}

/** The wall-clock time in the interview's zone, so DTSTART carries a TZID rather than a bare UTC instant. */
function inZone(instant: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

export function invitationIcs(interview: Interview, options: InvitationOptions): string {
  const cancel = options.method === 'CANCEL';
  const calendar = ical({ prodId: PRODUCT_ID, method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  // No calendar-wide zone name: DTSTAMP must stay in UTC; the generator still adds each event's VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const event = calendar.createEvent({
    id: invitationUid(interview.id, options.uidDomain),
    sequence: interview.sequence,
    stamp: options.now ?? new Date(),
    start: inZone(interview.startsAt, interview.timeZone),
    end: inZone(endsAt(interview), interview.timeZone),
    timezone: interview.timeZone,
    summary: options.summary,
    description: options.description,
    location: options.location,
    url: options.url ?? null,
    organizer: options.organizer,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  for (const attendee of options.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: ROLES[attendee.role],
      rsvp: !cancel,
      status: ICalAttendeeStatus.NEEDSACTION,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; the generator omits the final one.
  return `${calendar.toString()}\r\n`;
}
