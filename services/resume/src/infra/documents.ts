import { OUTBOX_FIELD } from '@hr/platform';

/** Drops undefined fields: the driver would store them as null and they would read back as null. */
export function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** A stored document as the domain sees it: `_id` → `id`, storage-only fields removed. */
export function fromDocument<T>(doc: Record<string, any>, storageOnly: string[] = []): T {
  const { _id, [OUTBOX_FIELD]: _outbox, ...rest } = doc;
  for (const key of storageOnly) delete rest[key];
  return { ...rest, id: String(_id) } as T;
}

export function toPageWindow(page: { page: number; pageSize: number }) {
  return { skip: (page.page - 1) * page.pageSize, limit: page.pageSize };
}
