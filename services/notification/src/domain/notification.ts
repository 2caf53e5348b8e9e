export const CHANNELS = ['email', 'inbox'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Recipient {
  userId?: string;
  email?: string;
  name?: string;
  locale: Locale;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface MessageAttachment {
  filename: string;
  /** e.g. `text/calendar; method=REQUEST`; a calendar is also sent as the message's alternative part. */
  contentType: string;
  /** UTF-8 text, or base64 when `encoding` says so. */
  content: string;
  encoding?: 'utf8' | 'base64';
}

/** What the recipient reads, rendered once at creation so that every retry sends the same message. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  attachments: MessageAttachment[];
}

/** One delivery of one event to one recipient over one channel. */
export interface Notification {
  /** The dedupe key: see notificationKey. */
  id: string;
  eventId: string;
  eventType: string;
  correlationId?: string;
  channel: Channel;
  recipient: Recipient;
  templateKey: string;
  message: RenderedMessage;
  status: DeliveryStatus;
  /** Delivery attempts started so far. */
  attempts: number;
  lastError?: string;
  /** When a pending delivery is due (or, while an attempt runs, when its claim lapses). */
  nextAttemptAt?: Date;
  createdAt: Date;
  updatedAt: Date;
  sentAt?: Date;
  failedAt?: Date;
}

/** Channels a recipient can be reached on: e-mail needs an address, the inbox a user. */
export function reachableChannels(recipient: Recipient): Channel[] {
  const channels: Channel[] = [];
  if (recipient.email) channels.push('email');
  if (recipient.userId) channels.push('inbox');
  return channels;
}
