import type { NotifyRecipient } from '../app/notify';
import type { Channel, MessageAttachment } from '../domain/notification';
import { optionalText, Participant } from './interview-variables.mapper';

export interface Recipients {
  recipients: NotifyRecipient[];
  /** Participants nobody could reach (no address, no user), counted for the log. */
  unreachable: number;
}

/** The candidate has no account: e-mail only, in their language, with their own variables and attachments. */
export function candidateRecipient(candidate: Participant, variables: Record<string, unknown>, attachments?: MessageAttachment[]): Recipients {
  const email = optionalText(candidate.email);
  if (!email) return { recipients: [], unreachable: 1 };
  return { recipients: [{ email, name: candidate.name, locale: candidate.locale, channels: ['email'], variables, attachments }], unreachable: 0 };
}

/** Interviewers get the e-mail and, being users, the inbox item; one each, in their own language. */
export function interviewerRecipients(interviewers: Participant[], variables: Record<string, unknown>, attachments?: MessageAttachment[]): Recipients {
  const result: Recipients = { recipients: [], unreachable: 0 };
  for (const interviewer of interviewers) {
    const email = optionalText(interviewer.email);
    const userId = optionalText(interviewer.userId);
    const channels: Channel[] = [...(email ? ['email' as const] : []), ...(userId ? ['inbox' as const] : [])];
    if (channels.length === 0) result.unreachable += 1;
    else result.recipients.push({ userId, email, name: interviewer.name, locale: interviewer.locale, channels, variables, attachments });
  }
  return result;
}

export function combined(...parts: Recipients[]): Recipients {
  return { recipients: parts.flatMap((p) => p.recipients), unreachable: parts.reduce((sum, p) => sum + p.unreachable, 0) };
}
