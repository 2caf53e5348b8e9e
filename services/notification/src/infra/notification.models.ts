import { Connection, Schema } from 'mongoose';

/**
 * Collections and their indexes; repositories write through the driver. The notification `_id` is
 * its dedupe key, so the always-unique `_id` index enforces one notification per event, recipient
 * and channel on every engine (FerretDB v1 has no partial indexes to lean on).
 */
const loose = { strict: false, versionKey: false } as const;

const notificationSchema = new Schema({ _id: String }, { ...loose, collection: 'notifications' });
notificationSchema.index({ status: 1, nextAttemptAt: 1 });
notificationSchema.index({ createdAt: -1 });
notificationSchema.index({ status: 1, createdAt: -1 });
notificationSchema.index({ eventType: 1, createdAt: -1 });
notificationSchema.index({ eventId: 1 });
notificationSchema.index({ 'recipient.userId': 1, createdAt: -1 });
// Query fields written with each notification (notification.document.ts) and the channel, for the delivery log.
notificationSchema.index({ recipientUserId: 1 });
notificationSchema.index({ createdDay: 1 });
notificationSchema.index({ channel: 1 });

const inboxItemSchema = new Schema({ _id: String }, { ...loose, collection: 'inbox_items' });
inboxItemSchema.index({ userId: 1, createdAt: -1 });
inboxItemSchema.index({ userId: 1, read: 1 });

const interviewDigestSchema = new Schema({ _id: String }, { ...loose, collection: 'interview_digests' });

const offerDigestSchema = new Schema({ _id: String }, { ...loose, collection: 'offer_digests' });

const SCHEMAS = { Notification: notificationSchema, InboxItem: inboxItemSchema, InterviewDigest: interviewDigestSchema, OfferDigest: offerDigestSchema };

export function notificationModels(connection: Connection) {
  const model = (name: keyof typeof SCHEMAS) => connection.models[name] ?? connection.model(name, SCHEMAS[name]);
  return {
    notifications: model('Notification'),
    inboxItems: model('InboxItem'),
    interviewDigests: model('InterviewDigest'),
    offerDigests: model('OfferDigest'),
  };
}

export type NotificationModels = ReturnType<typeof notificationModels>;
