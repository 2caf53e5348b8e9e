import type { DeliveryLog, DeliveryLogEntry, DeliveryLogFilter } from '../app/ports';
import type { Notification } from '../domain/notification';
import { pageWindow, withoutUndefined } from '@hr/platform';
import { fromDocument } from './documents';
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

function toQuery(filter: DeliveryLogFilter): Record<string, unknown> {
  const createdAt = withoutUndefined({ $gte: filter.from, $lt: filter.to });
  return withoutUndefined({
    status: filter.status,
    eventType: filter.eventType,
    eventId: filter.eventId,
    channel: filter.channel,
    'recipient.userId': filter.userId,
    createdAt: Object.keys(createdAt).length ? createdAt : undefined,
  });
}

function toEntry(doc: Record<string, unknown>): DeliveryLogEntry {
  const { message, ...rest } = fromDocument<Notification>(doc);
  return { ...rest, subject: message?.subject ?? '' };
}
