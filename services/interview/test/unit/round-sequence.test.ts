import type { Round } from '../../src/domain/interview';
import { DEFAULT_ROUND_ORDER } from '../../src/domain/round-result';
import { planRoundSkips, roundsSkipped } from '../../src/domain/round-sequence';
import { NOW, alice, errorOf, hrManager, recruiter, scheduled } from './interview-fixtures';

const passed = (entries: Record<string, Round[]>) => new Map(Object.entries(entries));

describe('roundsSkipped', () => {
  it.each([
    ['first', [], []],
    ['second', ['first'], []],
    ['hr', ['first', 'second', 'final'], []],
    ['second', [], ['first']],
    ['hr', ['first'], ['second', 'final']],
    ['final', ['second'], []],
  ] as const)('scheduling %s after passing %j passes over %j', (round, done, skipped) => {
    expect(roundsSkipped(round, done, DEFAULT_ROUND_ORDER)).toEqual(skipped);
  });

  it('lets HR hold a round again or go back: that skips nothing', () => {
    expect(roundsSkipped('first', ['first'], DEFAULT_ROUND_ORDER)).toEqual([]);
    expect(roundsSkipped('second', ['first', 'second', 'final'], DEFAULT_ROUND_ORDER)).toEqual([]);
  });

  it('follows the configured order, not the list of round names', () => {
    expect(roundsSkipped('final', ['first'], ['first', 'final'])).toEqual([]);
    expect(roundsSkipped('final', [], ['hr', 'final'])).toEqual(['hr']);
  });

  it('refuses a round that is not in the configured order', () => {
    expect(errorOf(() => roundsSkipped('hr', [], ['first', 'final']))).toMatchObject({ reason: 'ROUND_NOT_IN_ORDER' });
  });
});

describe('planRoundSkips', () => {
  const input = { round: 'hr' as Round, applicationIds: ['app-1', 'app-2', 'app-3'], passed: passed({ 'app-1': ['first'], 'app-2': ['first', 'second', 'final'] }) };

  it('refuses, naming every application that has not passed the rounds before, when HR gives no reason', () => {
    const error = errorOf(() => planRoundSkips(input, DEFAULT_ROUND_ORDER, recruiter, NOW));
    expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'EARLIER_ROUND_NOT_PASSED' });
    expect(error.violations).toEqual([
      { field: 'round', rule: 'in_order', message: expect.stringContaining('application app-1 has not passed the second, final rounds before the hr round') },
      { field: 'round', rule: 'in_order', message: expect.stringContaining('application app-3 has not passed the first, second, final rounds') },
    ]);
  });

  it("records HR's reason, who and when on each application that skips, and nothing on one that skips nothing", () => {
    const skips = planRoundSkips({ ...input, skip: { reason: '  门店急招，直接安排 HR 面  ' } }, DEFAULT_ROUND_ORDER, hrManager, NOW);
    expect(Object.fromEntries(skips)).toEqual({
      'app-1': { rounds: ['second', 'final'], reason: '门店急招，直接安排 HR 面', by: hrManager.userId, at: NOW },
      'app-3': { rounds: ['first', 'second', 'final'], reason: '门店急招，直接安排 HR 面', by: hrManager.userId, at: NOW },
    });
  });

  it('needs no reason for the next round', () => {
    expect(planRoundSkips({ ...input, round: 'second', applicationIds: ['app-1'] }, DEFAULT_ROUND_ORDER, recruiter, NOW).size).toBe(0);
  });

  it('takes a skip from HR only, and only with a reason', () => {
    expect(errorOf(() => planRoundSkips({ ...input, skip: { reason: '急招' } }, DEFAULT_ROUND_ORDER, alice, NOW))).toMatchObject({ reason: 'NOT_HR' });
    const blank = errorOf(() => planRoundSkips({ ...input, skip: { reason: '  ' } }, DEFAULT_ROUND_ORDER, recruiter, NOW));
    expect(blank.violations).toEqual([expect.objectContaining({ field: 'skipRounds.reason', rule: 'required' })]);
    const long = errorOf(() => planRoundSkips({ ...input, skip: { reason: '长'.repeat(501) } }, DEFAULT_ROUND_ORDER, recruiter, NOW));
    expect(long.violations).toEqual([expect.objectContaining({ field: 'skipRounds.reason', rule: 'max_length' })]);
  });

  it('is kept on the scheduled interview', () => {
    const skippedRounds = { rounds: ['second', 'final'] as Round[], reason: '急招', by: recruiter.userId, at: NOW };
    expect(scheduled({ round: 'hr', skippedRounds }).skippedRounds).toEqual(skippedRounds);
  });
});
