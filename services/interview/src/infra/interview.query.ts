import { addCondition, addTimeWindow, audienceOf, oneOfIfAny, withoutUndefined } from '@hr/platform';
import type { InterviewFilter } from '../app/ports';

/**
 * A list filter as top-level equality/`$in` keys (see interview.document.ts), which the embedded
 * database serves from indexes, with the sort and the page when nothing else is asked; no `$and`/`$or`.
 */
export function interviewQuery(filter: InterviewFilter): Record<string, unknown> {
  const query: Record<string, unknown> = withoutUndefined({
    applicationId: filter.applicationId,
    candidateId: filter.candidateId,
    requisitionId: filter.requisitionId,
    interviewerIds: filter.interviewerId,
    status: oneOfIfAny(filter.statuses),
    audience: filter.visibleTo ? audienceOf(filter.visibleTo) : undefined,
  });
  addTimeWindow(query, 'startsAt', 'startDay', filter.from, filter.to);
  if (filter.awaitingEvaluationBy) {
    const { userId, now } = filter.awaitingEvaluationBy;
    addCondition(query, 'status', 'scheduled');
    addCondition(query, 'interviewerIds', userId);
    query.evaluatedBy = { $ne: userId };
    addCondition(query, 'startsAt', { $lte: now });
  }
  return query;
}
