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

