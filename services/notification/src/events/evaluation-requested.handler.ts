import { EvaluationRequested, EventData, EventEnvelope } from '@hr/contracts';
import { notifyAll, HandlerContext } from './handler-context';
import { interviewerRecipients } from './interview-recipients';
import { optionalText } from './interview-variables.mapper';

/** Asks the interviewers who have not evaluated yet, by e-mail and in their inbox. */
export function evaluationRequestedHandler(ctx: HandlerContext) {
  return async (event: EventEnvelope): Promise<void> => {
    const { interview, pendingInterviewerIds } = event.data as EventData<typeof EvaluationRequested>;
    const pending = new Set(pendingInterviewerIds);
    const interviewers = interview.interviewers.filter((i) => i.userId !== undefined && pending.has(i.userId));
    const unknown = pending.size - interviewers.length;
    if (unknown > 0) ctx.logger.warn({ eventId: event.id, unknown }, 'pending interviewers missing from the interview snapshot are not notified');
    await notifyAll(ctx, event, {
      ...interviewerRecipients(interviewers, {}),
      templateKey: 'evaluation.requested',
      variables: {
        candidateName: optionalText(interview.candidate.name) ?? interview.candidateId,
        positionTitle: interview.positionTitle,
        round: interview.round,
        startsAt: interview.startsAt,
      },
      timeZone: interview.timeZone,
    });
  };
}
