import type { Connection } from 'mongoose';
import { backfillOnce, connectMongo, syncIndexes, withoutUndefined } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { DeliveryLog, DeliveryLogFilter, NotificationRepository } from '../../src/app/ports';
import type { Channel, DeliveryStatus, Notification } from '../../src/domain/notification';
import { mongoDeliveryLog } from '../../src/infra/delivery-log.repository';
import { notificationQueryFieldsBackfill } from '../../src/infra/notification.document';
import { notificationModels } from '../../src/infra/notification.models';
import { mongoNotificationRepository } from '../../src/infra/notification.repository';

/**
 * The delivery log filtered on a nested field and a time range, neither of which the embedded database
 * serves from an index; it now filters on stored top-level copies. `previousQuery` is the former
 * filter, kept as the reference: each page must hold exactly what it gave, in the same order.
 */
function previousQuery(filter: DeliveryLogFilter): Record<string, unknown> {
  const createdAt = withoutUndefined({ $gte: filter.from, $lt: filter.to });
  return withoutUndefined({
    status: filter.status,
    eventType: filter.eventType,
    eventId: filter.eventId,
    channel: filter.channel,
    'recipient.userId': filter.userId,
    createdAt: Object.keys(createdAt).length ? createdAt : undefined,
  });
}

const BASE = new Date('2026-12-01T00:00:00Z');
const STATUSES: DeliveryStatus[] = ['sent', 'sent', 'pending', 'failed'];
const CHANNELS: Channel[] = ['email', 'inbox'];

/** Every 7 hours over a week; pairs share an instant, so the `_id` tie-break matters. */
function notification(i: number): Notification {
  const createdAt = new Date(BASE.getTime() + Math.floor(i / 2) * 7 * 3_600_000);
  const userId = i % 3 === 2 ? undefined : `u-${i % 3}`;
  return {
    id: `n-${String(i).padStart(2, '0')}`,
    eventId: `e-${i % 4}`,
    eventType: i % 2 ? 'interview.interview.scheduled.v1' : 'offer.offer.sent.v1',
    channel: CHANNELS[i % 2]!,
    recipient: withoutUndefined({ userId, email: `p${i}@example.com`, locale: 'zh-CN' as const }) as Notification['recipient'],
    templateKey: 'interview-invitation',
    message: { subject: `主题 ${i}`, text: '正文', html: '<p>正文</p>', attachments: [] },
    status: STATUSES[i % 4]!,
    attempts: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

const page = (number: number, pageSize = 4) => ({ page: number, pageSize });

describe('delivery log on flat, indexed filters', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('notif_log');
  const logger = silentLogger();
  let connection: Connection;
  let notifications: NotificationRepository;
  let log: DeliveryLog;

  beforeAll(async () => {
    connection = await connectMongo({ url: mongoUrl, dbName, logger });
    const models = notificationModels(connection);
    await syncIndexes(connection);
    notifications = mongoNotificationRepository(models);
    log = mongoDeliveryLog(models);
    for (let i = 0; i < 30; i += 1) await notifications.insertNew(notification(i));
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const collection = () => notificationModels(connection).notifications.collection;
  const idsOf = async (query: Record<string, unknown>) =>
    (await collection().find(query).sort({ createdAt: -1, _id: -1 }).project({ _id: 1 }).toArray()).map((d) => String(d._id));

  const filters: [string, DeliveryLogFilter][] = [
    ['everything', {}],
    ['a user', { userId: 'u-1' }],
    ['a channel and a status', { channel: 'inbox', status: 'sent' }],
    ['a window', { from: new Date('2026-12-02T10:00:00Z'), to: new Date('2026-12-05T03:00:00Z') }],
    ['a user in a window', { userId: 'u-0', from: BASE, to: new Date('2026-12-04T00:00:00Z') }],
    ['an open window and an event', { eventType: 'offer.offer.sent.v1', from: new Date('2026-12-03T00:00:00Z') }],
  ];

  it.each(filters)('lists %s exactly as the former filter did, page by page', async (_name, filter) => {
    const expected = await idsOf(previousQuery(filter));
    expect(expected.length).toBeGreaterThan(0);
    for (let number = 1; number <= Math.ceil(expected.length / 4) + 1; number += 1) {
      const listed = await log.query(filter, page(number));
      expect(listed.total).toBe(expected.length);
      expect(listed.items.map((n) => n.id)).toEqual(expected.slice((number - 1) * 4, number * 4));
    }
  });

  it('shows each entry as before, without the stored query fields', async () => {
    const [entry] = (await log.query({ userId: 'u-1' }, page(1, 1))).items;
    const { message, ...rest } = notification(Number(entry!.id.slice(2)));
    expect(entry).toEqual({ ...rest, subject: message.subject });
    expect(await notifications.get(entry!.id)).toEqual(notification(Number(entry!.id.slice(2))));
  });

  it('gives notifications stored by an earlier release their query fields, once', async () => {
    const { id, ...old } = notification(40);
    await collection().insertOne({ _id: id, ...old } as never);
    const backfill = notificationQueryFieldsBackfill(collection());
    expect(await backfillOnce(connection.db!, backfill, logger)).toBe(1);
    const listed = await log.query({ userId: 'u-1', from: new Date('2026-12-06T00:00:00Z'), to: new Date('2026-12-07T00:00:00Z') }, page(1));
    expect(listed.items.map((n) => n.id)).toEqual([id]);
    expect(await backfillOnce(connection.db!, backfill, logger)).toBe(0);
  });
});
