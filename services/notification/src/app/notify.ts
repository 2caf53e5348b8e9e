import type { EventEnvelope } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import { notificationKey } from '../domain/notification-key';
import { Channel, DeliveryStatus, MessageAttachment, Notification, reachableChannels, Recipient } from '../domain/notification';
import { claimUntil, deliverClaimed } from './deliver-notification';
import type { NotificationDeps } from './ports';

export interface NotifyRecipient extends Recipient {
  /** Defaults to every channel the recipient can be reached on (e-mail address → email, user → inbox). */
  channels?: Channel[];
  /** Merged over the request's variables for this recipient (e.g. the audience, or links only they get). */
  variables?: Record<string, unknown>;
  /** E-mail attachments for this recipient instead of the request's (e.g. the candidate's own calendar). */
  attachments?: MessageAttachment[];
}

export interface NotifyRequest {
  event: EventEnvelope;
  recipients: NotifyRecipient[];
  templateKey: string;
  variables: Record<string, unknown>;
  /** E-mail only (e.g. an .ics invitation). */
  attachments?: MessageAttachment[];
  /** The zone the message writes times in (an interview's own zone); the company's when absent. */
  timeZone?: string;
}

export interface NotifyResult {
  /** Ids of the notifications this call created, in recipient order. */
  created: string[];
  /** Notifications that already existed for this event (a redelivery): nothing is sent again. */
  duplicates: string[];
  statuses: Record<string, DeliveryStatus>;
}

/**
 * Creates one notification per (event, recipient, channel) and delivers the new ones at once. Every
 * recipient is checked and every message rendered before anything is stored, so a bad request stores
 * nothing; a redelivered event finds its notifications and sends nothing.
 */
export async function notify(deps: NotificationDeps, request: NotifyRequest): Promise<NotifyResult> {
  const now = deps.now();
  const planned = plan(deps, request, now);
  const result: NotifyResult = { created: [], duplicates: [], statuses: {} };
  for (const notification of planned) {
    if (await deps.notifications.insertNew(notification)) result.created.push(notification.id);
    else result.duplicates.push(notification.id);
  }
  for (const id of result.created) {
    const attemptAt = deps.now();
    const claimed = await deps.notifications.claim(id, attemptAt, claimUntil(deps, attemptAt));
    // Not claimable: a retry sweep took it first and delivers it.
    result.statuses[id] = claimed ? await deliverClaimed(deps, claimed, attemptAt) : 'pending';
  }
  return result;
}

function plan(deps: NotificationDeps, request: NotifyRequest, now: Date): Notification[] {
  const planned = new Map<string, Notification>();
  request.recipients.forEach((recipient, index) => {
    const channels = recipient.channels ?? reachableChannels(recipient);
    const reachable = reachableChannels(recipient);
    if (channels.length === 0) throw DomainError.invalid(`recipients.${index}`, 'reachable');
    const unreachable = channels.find((channel) => !reachable.includes(channel));
    if (unreachable) throw DomainError.invalid(`recipients.${index}.channels`, 'reachable', { channel: unreachable }, 'channel_unreachable');
    const content = deps.renderer.render({
      templateKey: request.templateKey,
      eventType: request.event.type,
      locale: recipient.locale,
      recipientName: recipient.name,
      variables: { ...request.variables, ...recipient.variables },
      timeZone: request.timeZone,
    });
    for (const channel of channels) {
      const id = notificationKey(request.event.id, channel, recipient);
      if (planned.has(id)) continue;
      const message =
        channel === 'email'
          ? { subject: content.subject, text: content.text, html: content.html, attachments: recipient.attachments ?? request.attachments ?? [] }
          : { subject: content.subject, text: content.plainBody, html: '', attachments: [] };
      planned.set(id, {
        id,
        eventId: request.event.id,
        eventType: request.event.type,
        correlationId: request.event.correlationId,
        channel,
        recipient: { userId: recipient.userId, email: recipient.email, name: recipient.name, locale: recipient.locale },
        templateKey: request.templateKey,
        message,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  return [...planned.values()];
}
