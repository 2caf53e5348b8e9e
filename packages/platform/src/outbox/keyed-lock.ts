import type { AggregateModel } from './outbox';

const tails = new Map<string, Promise<unknown>>();

/** Runs `fn` once every earlier call with the same key has settled, so calls on one key never overlap. */
export function runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/**
 * The key of one stored document. FerretDB v1 runs an update as read, modify, write back without a
 * condition on what it read, so two concurrent updates of one document lose one of them (even a
 * version-checked one). Writers of the same document in one process therefore take turns.
 */
export function documentKey(model: AggregateModel, id: string): string {
  return `${model.db.name}.${model.collection.collectionName}:${id}`;
}
