import { randomBytes } from 'node:crypto';

/** The 12 bits after the version nibble count events within one millisecond (RFC 9562, method 1). */
const COUNTER_MAX = 0xfff;

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): a millisecond timestamp, then a counter, then random bits. Ids made one after
 * another in a process sort in the order they were made, also within one millisecond, so readers can
 * break ties between facts of the same instant (the events of one write) by id, in the order they
 * happened. Across processes ids of one millisecond sort arbitrarily but always the same way.
 */
export function timeOrderedId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    // A random start in the lower half keeps room for 2,048 more ids in the same millisecond.
    counter = randomBytes(2).readUInt16BE(0) & 0x7ff;
  } else if (counter < COUNTER_MAX) {
    counter += 1;
  } else {
    // Counter spent, or the clock stepped back: borrow the next millisecond so the order holds.
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
