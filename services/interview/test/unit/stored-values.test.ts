import { compact, fromStoredState, toStoredState } from '../../src/infra/stored-values';

describe('stored values', () => {
  const at = new Date('2026-12-01T02:00:00Z');

  it('drops undefined fields at every depth, keeping dates and arrays', () => {
    expect(compact({ a: 1, b: undefined, c: { d: undefined, e: at }, f: [{ g: undefined, h: 'x' }] })).toEqual({ a: 1, c: { e: at }, f: [{ h: 'x' }] });
  });

  it('stores a top-level undefined as null, so a $set clears it, and reads it back as missing', () => {
    const stored = toStoredState({ candidateRespondedAt: undefined, noShow: undefined, result: { nextRound: undefined, outcome: 'pass' } });
    expect(stored).toEqual({ candidateRespondedAt: null, noShow: null, result: { outcome: 'pass' } });
    expect(fromStoredState(stored)).toEqual({ result: { outcome: 'pass' } });
  });
});
