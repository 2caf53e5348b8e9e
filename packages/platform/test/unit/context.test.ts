import { acceptCorrelationId, currentContext, newCorrelationId, runWithContext } from '@hr/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation id', () => {
  it('accepts a caller’s id made of safe characters', () => {
    for (const id of ['abc', 'req-42', 'a.b:c_d-e', 'x'.repeat(128), newCorrelationId()]) expect(acceptCorrelationId(id)).toBe(id);
  });

  it('replaces a missing, empty, too long or unsafe id with a new uuid', () => {
    for (const id of [undefined, null, 42, '', 'x'.repeat(129), 'has space', 'line\nbreak', '<script>', 'ümlaut', ['abc']]) {
      const accepted = acceptCorrelationId(id);
      expect(accepted).toMatch(UUID);
    }
  });

  it('follows the work through awaits and stays apart between concurrent runs', async () => {
    const seen = await Promise.all(
      ['one', 'two'].map((correlationId) =>
        runWithContext({ correlationId }, async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return currentContext()?.correlationId;
        }),
      ),
    );
    expect(seen).toEqual(['one', 'two']);
    expect(currentContext()).toBeUndefined();
  });
});
