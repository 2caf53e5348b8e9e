import { EvaluationRequested, EventEnvelope, InterviewReminderDue } from '@hr/contracts';
import { findEvaluation } from '../domain/evaluation';
import { interviewEvent, interviewSnapshot } from './interview-events';
import { retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord } from './ports';

export interface ReminderJob {
  interviewId: string;
  sequence: number;
  offsetMinutes: number;
}

export interface EvaluationRequestJob {
  interviewId: string;
  sequence: number;
}

export const reminderNotice = (job: ReminderJob) => `reminder:${job.sequence}:${job.offsetMinutes}`;
export const evaluationNotice = (job: EvaluationRequestJob) => `evaluation:${job.sequence}`;

/**
 * A job's event goes out only for the version of the interview it was planned for, and once: the
 * marker is stored in the same write as the event, so a job that runs twice finds it and stops.
 */
async function sendOnce(
  deps: InterviewDeps,
  job: EvaluationRequestJob,
  notice: string,
  event: (record: InterviewRecord, now: Date) => EventEnvelope | undefined,
): Promise<boolean> {
  return retryOnConflict(async () => {
    const record = await deps.interviews.get(job.interviewId);
    if (!record || record.status !== 'scheduled' || record.sequence !== job.sequence) return false;
    if (record.noticesSent.includes(notice)) return false;
    const envelope = event(record, deps.now());
    if (!envelope) return false;
    await deps.interviews.save(record, [envelope], { notice });
    return true;
  });
}

export function sendReminder(deps: InterviewDeps, job: ReminderJob): Promise<boolean> {
  return sendOnce(deps, job, reminderNotice(job), (record, now) =>
    interviewEvent(InterviewReminderDue, { interview: interviewSnapshot(record), offsetMinutes: job.offsetMinutes }, now),
  );
}

/** When the interview ends, the interviewers who have not evaluated yet are asked to (not after a candidate no-show). */
export function requestEvaluations(deps: InterviewDeps, job: EvaluationRequestJob): Promise<boolean> {
  return sendOnce(deps, job, evaluationNotice(job), (record, now) => {
    const pendingInterviewerIds = record.interviewerIds.filter((id) => !findEvaluation(record, id));
    if (pendingInterviewerIds.length === 0 || record.noShow?.who === 'candidate') return undefined;
    return interviewEvent(EvaluationRequested, { interview: interviewSnapshot(record), pendingInterviewerIds }, now);
  });
}
