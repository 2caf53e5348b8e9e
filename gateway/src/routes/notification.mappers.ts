import type { notificationV1 } from '@hr/contracts';

const orUndefined = (value: string) => value || undefined;

export function presentInboxItem(item: notificationV1.InboxItem) {
  return {
    id: item.id,
    eventId: item.eventId,
    eventType: item.eventType,
    templateKey: item.templateKey,
    title: item.title,
    body: item.body,
    read: item.readAt !== undefined,
    createdAt: item.createdAt,
    readAt: item.readAt,
  };
}

export function presentDelivery(delivery: notificationV1.Delivery) {
  return {
    ...delivery,
    recipientEmail: orUndefined(delivery.recipientEmail),
    lastError: orUndefined(delivery.lastError),
  };
}
