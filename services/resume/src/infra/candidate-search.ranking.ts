export type Compare<T> = (a: T, b: T) => number;

/**
 * The items at [skip, skip + limit) in `compare` order. A first page out of 100,000 matches keeps a
 * heap of `skip + limit` items instead of sorting them all (O(n log k) instead of O(n log n)).
 */
export function pageOf<T>(items: T[], compare: Compare<T>, skip: number, limit: number): T[] {
  const wanted = skip + limit;
  if (wanted * 4 >= items.length) return items.sort(compare).slice(skip, wanted);
  // A max-heap of the best `wanted` so far: its root is the worst of them, replaced by anything better.
  const heap: T[] = [];
  for (const item of items) {
    if (heap.length < wanted) {
      heap.push(item);
      siftUp(heap, heap.length - 1, compare);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(heap, 0, compare);
    }
  }
  return heap.sort(compare).slice(skip, wanted);
}

function siftUp<T>(heap: T[], at: number, compare: Compare<T>): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (compare(heap[at]!, heap[parent]!) <= 0) return;
    [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
    at = parent;
  }
}

function siftDown<T>(heap: T[], at: number, compare: Compare<T>): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let largest = at;
    if (left < heap.length && compare(heap[left]!, heap[largest]!) > 0) largest = left;
    if (right < heap.length && compare(heap[right]!, heap[largest]!) > 0) largest = right;
    if (largest === at) return;
    [heap[at], heap[largest]] = [heap[largest]!, heap[at]!];
    at = largest;
  }
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
