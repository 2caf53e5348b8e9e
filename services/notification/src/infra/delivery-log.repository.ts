import type { DeliveryLog, DeliveryLogEntry, DeliveryLogFilter } from '../app/ports';
import { addTimeWindow, pageWindow, withoutUndefined } from '@hr/platform';
import { toNotification } from './notification.document';
import type { NotificationModels } from './notification.models';

export function mongoDeliveryLog(models: NotificationModels): DeliveryLog {
  const collection = models.notifications.collection;
  return {
    async query(filter, page) {
      const query = toQuery(filter);
      const { skip, limit } = pageWindow(page);
      const [docs, total] = await Promise.all([
        collection.find(query).sort({ createdAt: -1, _id: -1 }).skip(skip).limit(limit).project({ 'message.text': 0, 'message.html': 0, 'message.attachments': 0 }).toArray(),
        collection.countDocuments(query),
      ]);
      return { items: docs.map(toEntry), total };
    },
  };
}

/** Top-level equality keys (see notification.document.ts), which the database serves from indexes with the page. */
function toQuery(filter: DeliveryLogFilter): Record<string, unknown> {
  const query: Record<string, unknown> = withoutUndefined({
    status: filter.status,
    eventType: filter.eventType,
    eventId: filter.eventId,
    channel: filter.channel,
    recipientUserId: filter.userId,
  });
  addTimeWindow(query, 'createdAt', 'createdDay', filter.from, filter.to);
  return query;
}

function toEntry(doc: Record<string, unknown>): DeliveryLogEntry {
  const { message, ...rest } = toNotification(doc);
  return { ...rest, subject: message?.subject ?? '' };
}
