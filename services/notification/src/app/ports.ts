import type { Logger } from '@hr/platform';
import type { Channel, DeliveryStatus, Locale, MessageAttachment, Notification } from '../domain/notification';
import type { DeliveryOutcome } from '../domain/delivery-state';
import type { RetryPolicy } from '../domain/retry-policy';

export interface Page {
  page: number;
  pageSize: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface OutgoingEmail {
  /** The notification id; also the file name or Message-ID the adapter derives. */
  id: string;
  to: { address: string; name?: string };
  subject: string;
  text: string;
  html: string;
  attachments: MessageAttachment[];
}

/** Sends one e-mail; a failure is thrown as a DeliveryError (classified) or any error (treated as transient). */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

export interface RenderRequest {
  templateKey: string;
  eventType: string;
  locale: Locale;
  recipientName?: string;
  variables: Record<string, unknown>;
  /** The zone times are written in (e.g. the interview's); the company's when absent. */
  timeZone?: string;
}

export interface RenderedContent {
  subject: string;
  /** The text part of the e-mail, with the footer. */
  text: string;
  html: string;
  /** The body alone, as the inbox shows it. */
  plainBody: string;
}

/** Renders a template; variables that do not fit it are refused with an invalid_argument DomainError. */
export interface MessageRenderer {
  render(request: RenderRequest): RenderedContent;
}

export interface NotificationRepository {
  /** Stores a new notification; false when one with this key exists already (a redelivered event). */
  insertNew(notification: Notification): Promise<boolean>;
  /** Reserves a due pending notification for one attempt (counting it) until `claimUntil`. */
  claim(id: string, now: Date, claimUntil: Date): Promise<Notification | undefined>;
  claimNextDue(now: Date, claimUntil: Date): Promise<Notification | undefined>;
  /** Records an attempt's outcome unless another attempt has started since. */
  recordOutcome(id: string, attempts: number, outcome: DeliveryOutcome): Promise<boolean>;
  get(id: string): Promise<Notification | undefined>;
}

export interface DeliveryLogFilter {
  status?: DeliveryStatus;
  eventType?: string;
  eventId?: string;
  channel?: Channel;
  userId?: string;
  from?: Date;
  to?: Date;
}

/** A notification as admins see it in the delivery log: everything but the message body. */
export type DeliveryLogEntry = Omit<Notification, 'message'> & { subject: string };

export interface DeliveryLog {
  query(filter: DeliveryLogFilter, page: Page): Promise<Paged<DeliveryLogEntry>>;
}

export interface InboxItem {
  /** The id of the inbox notification that put it there. */
  id: string;
  userId: string;
  eventId: string;
  eventType: string;
  templateKey: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt?: Date;
}

export interface InboxRepository {
  /** Idempotent: delivering the same item again changes nothing (a read item stays read). */
  deliver(item: InboxItem): Promise<void>;
  list(userId: string, page: Page, options?: { unreadOnly?: boolean }): Promise<Paged<InboxItem>>;
  unreadCount(userId: string): Promise<number>;
  markRead(userId: string, id: string, at: Date): Promise<boolean>;
  markAllRead(userId: string, at: Date): Promise<number>;
}

/** What the notification service remembers of an interview, to name it in events that carry only its id. */
export interface InterviewDigest {
  interviewId: string;
  /** The invitation's SEQUENCE: an older snapshot arriving late never replaces a newer one. */
  sequence: number;
  candidateName: string;
  positionTitle: string;
  round: string;
  startsAt: Date;
  /** The HR who scheduled it (the invitation's actor), to be told of the round's result. */
  createdBy?: string;
}

export interface InterviewDigestRepository {
  remember(digest: InterviewDigest): Promise<void>;
  get(interviewId: string): Promise<InterviewDigest | undefined>;
}

/**
 * What the notification service remembers of an offer, to tell its HR about answers: the offer
 * events after creation carry neither the HR who created it nor, mostly, the candidate's name.
 */
export interface OfferDigest {
  offerId: string;
  number: string;
  createdBy?: string;
  /** From the latest send. */
  candidateName?: string;
  lastSentBy?: string;
}

export interface OfferDigestRepository {
  /** Merges these facts into what is remembered of the offer (creating it when new). */
  remember(digest: OfferDigest): Promise<void>;
  get(offerId: string): Promise<OfferDigest | undefined>;
}

export interface NotificationDeps {
  notifications: NotificationRepository;
  deliveryLog: DeliveryLog;
  inbox: InboxRepository;
  email: EmailSender;
  renderer: MessageRenderer;
  retryPolicy: RetryPolicy;
  /** How long one attempt keeps a notification reserved. */
  claimMs: number;
  now: () => Date;
  logger: Logger;
}
