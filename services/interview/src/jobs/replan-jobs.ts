import type { Logger } from '@hr/platform';
import { MAX_DURATION_MINUTES } from '../domain/interview-validation';
import type { InterviewDeps, InterviewRecord } from '../app/ports';

/**
 * Jobs are planned right after the interview is saved; a crash in between would lose them. At start-up
 * every interview that may still be running is planned again (planning replaces, so this is idempotent).
 */
export async function replanUpcoming(deps: InterviewDeps, plan: (record: InterviewRecord) => Promise<void>, logger: Logger): Promise<void> {
  const since = new Date(deps.now().getTime() - MAX_DURATION_MINUTES * 60_000);
  const upcoming = await deps.interviews.scheduledSince(since);
  for (const record of upcoming) await plan(record);
  if (upcoming.length) logger.info({ count: upcoming.length }, 'interview jobs re-planned');
}
