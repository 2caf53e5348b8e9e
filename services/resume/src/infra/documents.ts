import { OUTBOX_FIELD, OUTBOX_PENDING_FIELD } from '@hr/platform';

/** A stored document as the domain sees it: `_id` → `id`, storage-only fields removed. */
export function fromDocument<T>(doc: Record<string, any>, storageOnly: string[] = []): T {
  const { _id, [OUTBOX_FIELD]: _outbox, [OUTBOX_PENDING_FIELD]: _pending, ...rest } = doc;
  for (const key of storageOnly) delete rest[key];
  return { ...rest, id: String(_id) } as T;
}
