import { failedOutcome, sentOutcome } from '../domain/delivery-state';
import type { DeliveryStatus, Notification } from '../domain/notification';
import { DeliveryError, DeliveryFailure } from '../domain/retry-policy';
import type { NotificationDeps } from './ports';

const EMAIL_ADDRESS = /[^\s<>"']+@[^\s<>"']+/g;

/**
 * One attempt on a notification this process has claimed: send over its channel, then record sent,
 * pending with the next attempt's time, or failed with the error. Returns the recorded status.
 */
export async function deliverClaimed(deps: NotificationDeps, notification: Notification, now: Date): Promise<DeliveryStatus> {
  let failure: DeliveryFailure | undefined;
  try {
    await sendOver(deps, notification);
  } catch (error) {
    failure = error instanceof DeliveryError ? error.failure : { message: (error as Error)?.message ?? String(error), permanent: false };
  }
  const outcome = failure ? failedOutcome(deps.retryPolicy, notification.attempts, failure, now) : sentOutcome(now);
  const recorded = await deps.notifications.recordOutcome(notification.id, notification.attempts, outcome);
  const log = {
    notificationId: notification.id,
    eventId: notification.eventId,
    eventType: notification.eventType,
    channel: notification.channel,
    attempts: notification.attempts,
    status: outcome.status,
    nextAttemptAt: outcome.nextAttemptAt,
    // SMTP replies often quote the address; personal data stays out of logs.
    error: failure?.message.replace(EMAIL_ADDRESS, '[redacted]'),
  };
  if (!recorded) deps.logger.warn(log, 'delivery outcome not recorded: another attempt took over this notification');
  else if (outcome.status === 'failed') deps.logger.error(log, 'notification failed for good');
  else if (failure) deps.logger.warn(log, 'notification delivery failed, will retry');
  else deps.logger.info(log, 'notification delivered');
  return outcome.status;
}

async function sendOver(deps: NotificationDeps, n: Notification): Promise<void> {
  if (n.channel === 'email') {
    if (!n.recipient.email) throw new DeliveryError({ message: 'the recipient has no e-mail address', permanent: true });
    await deps.email.send({
      id: n.id,
      to: { address: n.recipient.email, name: n.recipient.name },
      subject: n.message.subject,
      text: n.message.text,
      html: n.message.html,
      attachments: n.message.attachments,
    });
    return;
  }
  if (!n.recipient.userId) throw new DeliveryError({ message: 'the recipient has no user id', permanent: true });
  await deps.inbox.deliver({
    id: n.id,
    userId: n.recipient.userId,
    eventId: n.eventId,
    eventType: n.eventType,
    templateKey: n.templateKey,
    title: n.message.subject,
    body: n.message.text,
    createdAt: n.createdAt,
  });
}

/** Until when an attempt starting `now` keeps its notification reserved. */
export function claimUntil(deps: NotificationDeps, now: Date): Date {
  return new Date(now.getTime() + deps.claimMs);
}
