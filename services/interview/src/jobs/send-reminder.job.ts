import type { Agenda } from 'agenda';
import type { Logger } from '@hr/platform';
import { ReminderJob, sendReminder } from '../app/send-notices';
import type { InterviewDeps } from '../app/ports';

export const REMINDER_JOB = 'interview.reminder';

/** Sends one reminder (`offsetMinutes` before the start) for the version of the interview it was planned for. */
export function defineReminderJob(agenda: Agenda, deps: InterviewDeps, logger: Logger): void {
  agenda.define<ReminderJob>(REMINDER_JOB, async (job) => {
    const { interviewId, sequence, offsetMinutes } = job.attrs.data;
    const sent = await sendReminder(deps, { interviewId, sequence, offsetMinutes });
    logger.info({ interviewId, sequence, offsetMinutes, sent }, sent ? 'interview reminder sent' : 'interview reminder no longer due');
  });
}
