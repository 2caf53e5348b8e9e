import { DomainError } from '@hr/workflow';
import type { DeliveryLogEntry, DeliveryLogFilter, NotificationDeps, Page, Paged } from './ports';

/** The delivery log, newest first; admins only (checked at the edge with assertMayReadDeliveryLog). */
export function queryDeliveryLog(deps: Pick<NotificationDeps, 'deliveryLog'>, filter: DeliveryLogFilter, page: Page): Promise<Paged<DeliveryLogEntry>> {
  if (filter.from && filter.to && filter.from > filter.to) throw DomainError.invalid('from', 'before_to', { to: 'to' });
  return deps.deliveryLog.query(filter, page);
}
