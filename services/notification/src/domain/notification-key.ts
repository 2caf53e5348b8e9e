import { createHash } from 'node:crypto';
import type { Channel, Recipient } from './notification';

/**
 * Who a recipient is for deduplication: the user when known (their address may change between
 * redeliveries), else the e-mail address, case-folded.
 */
export function recipientKey(recipient: Pick<Recipient, 'userId' | 'email'>): string {
  if (recipient.userId) return `user:${recipient.userId}`;
  if (recipient.email) return `email:${recipient.email.trim().toLowerCase()}`;
  throw new Error('a recipient needs a user id or an e-mail address');
}

/**
 * One notification per (event id, recipient, channel): this hash is the document id, so the unique
 * `_id` index enforces the rule on every engine and a redelivered event finds its notifications.
 */
export function notificationKey(eventId: string, channel: Channel, recipient: Pick<Recipient, 'userId' | 'email'>): string {
  return createHash('sha256').update(JSON.stringify([eventId, channel, recipientKey(recipient)])).digest('hex').slice(0, 40);
}
