import { notificationV1 } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import type { DeliveryLogEntry, DeliveryLogFilter, InboxItem } from '../app/ports';
import { maskEmail, maskEmailsIn } from '../domain/email-mask';
import { CHANNELS, Channel, DeliveryStatus } from '../domain/notification';

const STATUSES: readonly DeliveryStatus[] = ['pending', 'sent', 'failed'];

export function toProtoInboxItem(item: InboxItem): notificationV1.InboxItem {
  return notificationV1.InboxItem.fromPartial({
    id: item.id,
    eventId: item.eventId,
    eventType: item.eventType,
    templateKey: item.templateKey,
    title: item.title,
    body: item.body,
    createdAt: item.createdAt,
    readAt: item.readAt,
  });
}

/** Addresses are masked, in the recipient field and inside the SMTP error, which often quotes them. */
export function toProtoDelivery(entry: DeliveryLogEntry): notificationV1.Delivery {
  return notificationV1.Delivery.fromPartial({
    id: entry.id,
    eventId: entry.eventId,
    eventType: entry.eventType,
    correlationId: entry.correlationId ?? '',
    channel: entry.channel,
    recipientUserId: entry.recipient.userId ?? '',
    recipientEmail: entry.recipient.email ? maskEmail(entry.recipient.email) : '',
    recipientLocale: entry.recipient.locale,
    templateKey: entry.templateKey,
    subject: entry.subject,
    status: entry.status,
    attempts: entry.attempts,
    lastError: entry.lastError ? maskEmailsIn(entry.lastError) : '',
    nextAttemptAt: entry.nextAttemptAt,
    createdAt: entry.createdAt,
    sentAt: entry.sentAt,
    failedAt: entry.failedAt,
  });
}

/** Empty strings are "any"; a status or channel the log does not have is refused, not ignored. */
export function fromProtoDeliveryFilter(req: notificationV1.QueryDeliveryLogRequest): DeliveryLogFilter {
  if (req.status && !STATUSES.includes(req.status as DeliveryStatus)) {
    throw DomainError.invalid('status', 'enum', { values: STATUSES });
  }
  if (req.channel && !(CHANNELS as readonly string[]).includes(req.channel)) {
    throw DomainError.invalid('channel', 'enum', { values: CHANNELS });
  }
  return {
    status: (req.status || undefined) as DeliveryStatus | undefined,
    channel: (req.channel || undefined) as Channel | undefined,
    eventType: req.eventType || undefined,
    eventId: req.eventId || undefined,
    userId: req.userId || undefined,
    from: req.from,
    to: req.to,
  };
}
