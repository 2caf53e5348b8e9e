/**
 * Documents whose just-written events this process is publishing itself, counted per document (several
 * writes may be on their way). The sweep leaves them alone: reading and publishing them meanwhile
 * would publish the same events twice.
 */
export class HandOffs {
  private readonly counts = new Map<string, number>();

  /** Marks the documents as handed off; the answer unmarks them, once. */
  begin(keys: string[]): () => void {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      for (const key of keys) {
        const left = (this.counts.get(key) ?? 1) - 1;
        if (left > 0) this.counts.set(key, left);
        else this.counts.delete(key);
      }
    };
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }
}
