import type { Agenda } from 'agenda';
import type { Logger } from '@hr/platform';
import { EvaluationRequestJob, requestEvaluations } from '../app/send-notices';
import type { InterviewDeps } from '../app/ports';

export const EVALUATION_REQUEST_JOB = 'interview.evaluation-request';

/** At the end of the interview, asks the interviewers who have not evaluated yet. */
export function defineEvaluationRequestJob(agenda: Agenda, deps: InterviewDeps, logger: Logger): void {
  agenda.define<EvaluationRequestJob>(EVALUATION_REQUEST_JOB, async (job) => {
    const { interviewId, sequence } = job.attrs.data;
    const sent = await requestEvaluations(deps, { interviewId, sequence });
    logger.info({ interviewId, sequence, sent }, sent ? 'evaluations requested' : 'evaluation request not needed');
  });
}
