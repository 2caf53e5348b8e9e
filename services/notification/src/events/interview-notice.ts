import type { EventEnvelope } from '@hr/contracts';
import { withoutUndefined } from '@hr/platform';
import type { MessageAttachment } from '../domain/notification';
import { notifyAll, HandlerContext } from './handler-context';
import { candidateRecipient, combined, interviewerRecipients } from './interview-recipients';
import { interviewDetailsFor, InterviewSnapshot, optionalWebUrl, unsafeLinks } from './interview-variables.mapper';

export interface InterviewNotice {
  snapshot: InterviewSnapshot;
  templateKey: string;
  /** Variables of this template beyond the interview details, for everyone. */
  extra?: Record<string, unknown>;
  /** The candidate's answer links (never sent to interviewers). */
  links?: { confirmUrl?: string; declineUrl?: string };
  /** The calendars: the candidate's own (no staff addresses) and the interviewers'. */
  attachments?: { candidate: MessageAttachment; interviewers: MessageAttachment };
  /** Only the invitation knows: its actor is the HR who scheduled the interview. */
  createdBy?: string;
}

/**
 * Tells the candidate (e-mail) and every interviewer (e-mail and inbox) about an interview, each in
 * their language and with the variables of their audience. The interview is remembered first, so
 * that later events that carry only its id can still name it.
 */
export async function notifyInterviewParticipants(ctx: HandlerContext, event: EventEnvelope, notice: InterviewNotice): Promise<void> {
  const { snapshot, links = {} } = notice;
  await ctx.interviews.remember({
    interviewId: snapshot.interviewId,
    sequence: snapshot.sequence,
    candidateName: snapshot.candidate.name,
    positionTitle: snapshot.positionTitle,
    round: snapshot.round,
    startsAt: new Date(snapshot.startsAt),
    createdBy: notice.createdBy,
  });
  const dropped = unsafeLinks({ videoLink: snapshot.format.kind === 'video' ? snapshot.format.link : undefined, ...links });
  if (dropped.length) ctx.logger.warn({ eventId: event.id, type: event.type, dropped }, 'links that are not http(s) are left out of the message');
  const candidateLinks = { confirmUrl: optionalWebUrl(links.confirmUrl), declineUrl: optionalWebUrl(links.declineUrl) };
  const { candidate, interviewers } = notice.attachments ?? {};
  const recipients = combined(
    candidateRecipient(
      snapshot.candidate,
      { ...interviewDetailsFor(snapshot, 'candidate'), ...notice.extra, ...withoutUndefined(candidateLinks) },
      candidate && [candidate],
    ),
    interviewerRecipients(snapshot.interviewers, { ...interviewDetailsFor(snapshot, 'interviewer'), ...notice.extra }, interviewers && [interviewers]),
  );
  await notifyAll(ctx, event, {
    ...recipients,
    templateKey: notice.templateKey,
    variables: {},
    // Times as the invitation's calendar shows them: in the interview's own zone, which may not be the company's.
    timeZone: snapshot.timeZone,
  });
}
