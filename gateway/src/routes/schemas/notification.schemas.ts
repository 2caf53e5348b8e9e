import { z } from 'zod';
import { booleanQuery, objectIdSchema, pageInfoSchema, pageQueryShape, timestamp } from './common.schemas';
import { instant } from './interview.schemas';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export const CHANNELS = ['email', 'inbox'] as const;

/** Event types are routing keys such as interview.interview.scheduled.v1. */
const eventType = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'event_type');

export const myNotificationsQuery = z.object({
  unreadOnly: booleanQuery.optional().describe('Only the notifications not read yet'),
  ...pageQueryShape,
});

export const deliveryLogQuery = z
  .object({
    status: z.enum(DELIVERY_STATUSES).optional(),
    eventType: eventType.optional(),
    eventId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'event_id').optional(),
    channel: z.enum(CHANNELS).optional(),
    userId: objectIdSchema.optional().describe('The recipient'),
    from: instant.optional().describe('Deliveries created at or after'),
    to: instant.optional().describe('Deliveries created before'),
    ...pageQueryShape,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    path: ['to'],
    params: { rule: 'gte_from', from: 'from' },
  });

export const inboxItemSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    templateKey: z.string(),
    title: z.string(),
    body: z.string().describe('Plain text'),
    read: z.boolean(),
    createdAt: timestamp.optional(),
    readAt: timestamp.optional(),
  })
  .meta({ id: 'InboxItem' });

export const unreadCountSchema = z.object({ unread: z.number().int().describe('Notifications not read yet') }).meta({ id: 'UnreadCount' });

export const inboxPageSchema = z
  .object({ data: z.array(inboxItemSchema), page: pageInfoSchema, unread: z.number().int().describe('All unread, not only on this page') })
  .meta({ id: 'InboxPage' });

export const markAllReadSchema = z
  .object({ marked: z.number().int().describe('How many were marked read now'), unread: z.number().int() })
  .meta({ id: 'MarkAllRead' });

export const deliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    correlationId: z.string().optional(),
    channel: z.enum(CHANNELS),
    recipientUserId: z.string().optional().describe('Absent for an address outside the directory'),
    recipientEmail: z.string().optional().describe('Masked, e.g. z***@example.com'),
    recipientLocale: z.string(),
    templateKey: z.string(),
    subject: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().optional().describe('The last failure (e.g. the SMTP answer)'),
    nextAttemptAt: timestamp.optional(),
    createdAt: timestamp.optional(),
    sentAt: timestamp.optional(),
    failedAt: timestamp.optional(),
  })
  .meta({ id: 'Delivery' });
