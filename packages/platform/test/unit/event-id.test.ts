import { RequisitionCreated, envelopeSchema } from '@hr/contracts';
import { buildEvent, timeOrderedId } from '@hr/platform';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  it('makes RFC 9562 version 7 ids that sort in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(1_780_000_000_000));
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the order when the clock steps back', () => {
    const before = timeOrderedId(1_790_000_000_000);
    const after = timeOrderedId(1_789_999_999_000);
    expect(after > before).toBe(true);
  });

  it('gives events ids the envelope accepts, in the order they were built', () => {
    const data = { requisitionId: 'r-1', number: 'REQ-1', departmentId: 'd', positionId: 'p', headcount: 1 };
    const now = new Date('2026-06-01T08:00:00Z');
    const events = [1, 2, 3].map(() => buildEvent(RequisitionCreated, data, { source: 'test', now }));
    for (const event of events) expect(envelopeSchema.safeParse(event).success).toBe(true);
    expect(events.map((e) => e.id)).toEqual(events.map((e) => e.id).sort());
  });
});
