import type { Db } from 'mongodb';
import { JobsConfig, Logger, createAgenda } from '@hr/platform';
import { endsAt } from '../domain/interview';
import { reminderTimes } from '../domain/reminders';
import type { InterviewDeps, InterviewJobs, InterviewRecord } from '../app/ports';
import { EVALUATION_REQUEST_JOB, defineEvaluationRequestJob } from './request-evaluation.job';
import { REMINDER_JOB, defineReminderJob } from './send-reminder.job';
import { replanUpcoming } from './replan-jobs';

export interface SchedulerOptions {
  /** The service's own database: the jobs live in its `agendaJobs` collection. */
  db: Db;
  reminderOffsetsMinutes: readonly number[];
  jobs: JobsConfig;
  now: () => Date;
  logger: Logger;
}

export interface InterviewScheduler extends InterviewJobs {
  /** Defines the jobs (they act through the use cases), starts processing, and re-plans upcoming interviews. */
  start(deps: InterviewDeps): Promise<void>;
  stop(): Promise<void>;
}

export function agendaScheduler(options: SchedulerOptions): InterviewScheduler {
  const { logger, now } = options;
  const agenda = createAgenda(options.db, options.jobs, logger);
  // Instants come from the service clock; agenda runs on the wall clock, so the delay is what carries over.
  const wallClock = (at: Date) => new Date(Date.now() + at.getTime() - now().getTime());
  const names = [REMINDER_JOB, EVALUATION_REQUEST_JOB];

  /**
   * Replaces an interview's jobs. `known` are the ids of its jobs read at start-up: removing by id is
   * served by the `_id` index, where matching on the job data reads every interview job again.
   */
  async function replace(record: InterviewRecord, known?: string[]): Promise<void> {
    if (!known) await agenda.cancel({ names, data: { interviewId: record.id } });
    else if (known.length) await agenda.cancel({ ids: known });
    if (record.status !== 'scheduled') return;
    const { id: interviewId, sequence } = record;
    for (const { offsetMinutes, at } of reminderTimes(record, options.reminderOffsetsMinutes, now())) {
      await agenda.schedule(wallClock(at), REMINDER_JOB, { interviewId, sequence, offsetMinutes });
    }
    await agenda.schedule(wallClock(endsAt(record)), EVALUATION_REQUEST_JOB, { interviewId, sequence });
  }

  /** Every interview job, read once, by interview. */
  async function jobIdsByInterview(): Promise<Map<string, string[]>> {
    const byInterview = new Map<string, string[]>();
    for (const job of (await agenda.queryJobs({ names })).jobs) {
      const interviewId = String((job.data as { interviewId?: unknown } | undefined)?.interviewId);
      byInterview.set(interviewId, [...(byInterview.get(interviewId) ?? []), String(job._id)]);
    }
    return byInterview;
  }

  // The interview is already saved: a failure here must not fail the request; the next start re-plans.
  const logged = (interviewId: string, work: Promise<unknown>) =>
    work.then(
      () => undefined,
      (error: Error) => logger.error({ err: error.message, interviewId }, 'interview jobs not planned'),
    );

  return {
    plan: (record) => logged(record.id, replace(record)),
    cancel: (interviewId) => logged(interviewId, agenda.cancel({ names, data: { interviewId } })),
    async start(deps) {
      defineReminderJob(agenda, deps, logger);
      defineEvaluationRequestJob(agenda, deps, logger);
      await agenda.start();
      const planned = await jobIdsByInterview();
      await replanUpcoming(deps, (record) => logged(record.id, replace(record, planned.get(record.id) ?? [])), logger);
    },
    async stop() {
      await agenda.stop();
    },
  };
}
