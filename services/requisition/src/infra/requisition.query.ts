import { addAwaitingApprover, audienceOf, oneOfIfAny, withoutUndefined } from '@hr/platform';
import type { RequisitionFilter } from '../app/ports';

/**
 * A list filter as top-level equality/`$in` keys (see requisition.document.ts), which the embedded
 * database serves from indexes together with the sort and the page; no `$and`/`$or` wrapper.
 */
export function requisitionQuery(filter: RequisitionFilter): Record<string, unknown> {
  const query: Record<string, unknown> = withoutUndefined({
    status: oneOfIfAny(filter.statuses),
    departmentId: filter.departmentId,
    positionId: filter.positionId,
    urgency: filter.urgency,
    recruiterIds: filter.recruiterId,
    audience: filter.visibleTo ? audienceOf(filter.visibleTo) : undefined,
  });
  if (filter.awaitingApprover) addAwaitingApprover(query, filter.awaitingApprover);
  return query;
}
