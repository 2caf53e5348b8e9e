/**
 * The driver stores `undefined` as null, and null reads back where the domain expects a missing
 * value. Nested values are stored without their undefined fields; a top-level undefined becomes an
 * explicit null so that a `$set` of the whole state also clears it (e.g. a reset candidate response).
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, compact(v)]);
  return Object.fromEntries(entries) as T;
}

export function toStoredState(state: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, value === undefined ? null : compact(value)]));
}

/** The reverse: top-level nulls are fields the domain leaves out. */
export function fromStoredState(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== null));
}
