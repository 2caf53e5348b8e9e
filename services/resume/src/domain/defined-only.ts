/** Drops undefined properties, so parsed objects compare and serialise without empty keys. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
