import type { InboxItem, InboxRepository } from '../app/ports';
import { pageWindow } from '@hr/platform';
import { fromDocument, toDocument } from './documents';
import type { NotificationModels } from './notification.models';

/** `read` is kept beside `readAt` so that unread counts use an index on a plain boolean. */
export function mongoInboxRepository(models: NotificationModels): InboxRepository {
  const collection = models.inboxItems.collection;
  const toItem = (doc: Record<string, unknown>) => {
    const { read: _read, ...item } = fromDocument<InboxItem & { read?: boolean }>(doc);
    return item;
  };
  return {
    async deliver(item) {
      const { _id, ...fields } = toDocument(item);
      await collection.updateOne({ _id } as never, { $setOnInsert: { ...fields, read: item.readAt !== undefined } }, { upsert: true });
    },
    async list(userId, page, options = {}) {
      const query = options.unreadOnly ? { userId, read: false } : { userId };
      const { skip, limit } = pageWindow(page);
      const [docs, total] = await Promise.all([
        collection.find(query).sort({ createdAt: -1, _id: -1 }).skip(skip).limit(limit).toArray(),
        collection.countDocuments(query),
      ]);
      return { items: docs.map(toItem), total };
    },
    async unreadCount(userId) {
      return collection.countDocuments({ userId, read: false });
    },
    async markRead(userId, id, at) {
      // Two steps, not a pipeline update (FerretDB v1 has none): the first read time is kept.
      const result = await collection.updateOne({ _id: id, userId, read: false } as never, { $set: { read: true, readAt: at } });
      if (result.matchedCount === 1) return true;
      return (await collection.countDocuments({ _id: id, userId } as never, { limit: 1 })) === 1;
    },
    async markAllRead(userId, at) {
      const result = await collection.updateMany({ userId, read: false }, { $set: { read: true, readAt: at } });
      return result.modifiedCount;
    },
  };
}
