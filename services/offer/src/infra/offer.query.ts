import { addAwaitingApprover, oneOfIfAny, withoutUndefined } from '@hr/platform';
import type { OfferFilter } from '../app/ports';

/**
 * A list filter as top-level equality/`$in` keys, which the embedded database serves from indexes
 * together with the sort and the page; no `$and` wrapper.
 */
export function offerQuery(filter: OfferFilter): Record<string, unknown> {
  const query: Record<string, unknown> = withoutUndefined({
    status: oneOfIfAny(filter.statuses),
    applicationId: filter.applicationId,
    candidateId: filter.candidateId,
    requisitionId: filter.requisitionId,
    departmentId: filter.departmentId,
  });
  if (filter.awaitingApprover) addAwaitingApprover(query, filter.awaitingApprover);
  return query;
}
