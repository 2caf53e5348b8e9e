import { Backfill, utcDay, withoutUndefined } from '@hr/platform';
import type { Notification } from '../domain/notification';
import { fromDocument, toDocument } from './documents';

/**
 * Top-level copies stored only to be queried by the delivery log, written with the notification:
 * `recipientUserId` (nested fields are never pushed down) and `createdDay` (the UTC day of `createdAt`,
 * so that a time window becomes an indexed `$in` of days).
 */
function queryFields(notification: Pick<Notification, 'recipient' | 'createdAt'>): Record<string, unknown> {
  return withoutUndefined({ recipientUserId: notification.recipient?.userId, createdDay: utcDay(notification.createdAt) });
}

export function toNotificationDocument(notification: Notification): Record<string, unknown> {
  return { ...toDocument(notification), ...queryFields(notification) };
}

export function toNotification(doc: Record<string, unknown>): Notification {
  const { recipientUserId: _user, createdDay: _day, ...rest } = doc;
  return fromDocument<Notification>(rest);
}

/** Notifications stored before the query fields existed get them once. */
export const notificationQueryFieldsBackfill = (collection: Backfill['collection']): Backfill => ({
  name: 'notifications.createdDay',
  collection,
  field: 'createdDay',
  derive: (doc) => queryFields(doc as Notification),
});
