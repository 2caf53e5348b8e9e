import type { NotificationRepository } from '../app/ports';
import type { DeliveryOutcome } from '../domain/delivery-state';
import { toNotification, toNotificationDocument } from './notification.document';
import type { NotificationModels } from './notification.models';

const CLEARABLE: (keyof DeliveryOutcome)[] = ['lastError', 'nextAttemptAt', 'sentAt', 'failedAt'];

export function mongoNotificationRepository(models: NotificationModels): NotificationRepository {
  const collection = models.notifications.collection;
  const claimUpdate = (claimUntil: Date) => ({ $inc: { attempts: 1 }, $set: { nextAttemptAt: claimUntil } });
  const dueFilter = (now: Date) => ({ status: 'pending', nextAttemptAt: { $lte: now } });

  return {
    async insertNew(notification) {
      try {
        await collection.insertOne(toNotificationDocument(notification) as never);
        return true;
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return false;
        throw error;
      }
    },
    async claim(id, now, claimUntil) {
      const doc = await collection.findOneAndUpdate({ _id: id, ...dueFilter(now) } as never, claimUpdate(claimUntil), {
        returnDocument: 'after',
      });
      return doc ? toNotification(doc) : undefined;
    },
    async claimNextDue(now, claimUntil) {
      const doc = await collection.findOneAndUpdate(dueFilter(now) as never, claimUpdate(claimUntil), {
        sort: { nextAttemptAt: 1 },
        returnDocument: 'after',
      });
      return doc ? toNotification(doc) : undefined;
    },
    async recordOutcome(id, attempts, outcome) {
      const set = Object.fromEntries(Object.entries(outcome).filter(([, v]) => v !== undefined));
      const unset = Object.fromEntries(CLEARABLE.filter((key) => outcome[key] === undefined).map((key) => [key, '']));
      const update = Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set };
      const result = await collection.updateOne({ _id: id, status: 'pending', attempts } as never, update);
      return result.matchedCount === 1;
    },
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never);
      return doc ? toNotification(doc) : undefined;
    },
  };
}
