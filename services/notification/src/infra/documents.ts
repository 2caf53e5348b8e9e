import { withoutUndefined } from '@hr/platform';

/** A stored document as a domain object: `_id` becomes `id` and stored nulls become absent fields. */
export function fromDocument<T>(doc: Record<string, unknown>): T {
  const { _id, ...rest } = doc;
  const entries = Object.entries(rest).filter(([, value]) => value !== null && value !== undefined);
  return { id: _id, ...Object.fromEntries(entries) } as T;
}

/** A domain object as a document, leaving out undefined fields (the driver would store them as null). */
export function toDocument(value: { id: string } & object): Record<string, unknown> {
  const { id, ...rest } = value as { id: string } & Record<string, unknown>;
  return { _id: id, ...withoutUndefined(rest) };
}
