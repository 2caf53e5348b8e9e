import { withoutOutboxFields } from '@hr/platform';

/** A stored document as the domain sees it: `_id` → `id`, storage-only fields removed. */
export function fromDocument<T>(doc: Record<string, any>, storageOnly: string[] = []): T {
  const { _id, ...rest } = withoutOutboxFields(doc);
  for (const key of storageOnly) delete rest[key];
  return { ...rest, id: String(_id) } as T;
}
