import { ApplicationRound, RoundFact, currentRound, recordRound, recordRoundFact } from '../../src/domain/application-rounds';
import { newApplication } from '../../src/domain/application-rules';
import { NOW, hr, open, person } from './application-fixtures';

const anApplication = () => newApplication({ id: 'a1', candidate: person, requisition: open, source: person.source, principal: hr, now: NOW });

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 8, minute));
const scheduled = (interviewId: string, round: string, minute: number, skipped?: { rounds: string[]; reason: string }): RoundFact => ({
  kind: 'scheduled', interviewId, round, at: at(minute), skipped,
});
const decided = (interviewId: string, round: string, minute: number, outcome: 'pass' | 'fail', nextRound?: string): RoundFact => ({
  kind: 'decided', interviewId, round, at: at(minute), outcome, nextRound,
});
const cancelled = (interviewId: string, round: string, minute: number): RoundFact => ({ kind: 'cancelled', interviewId, round, at: at(minute) });

const replay = (facts: RoundFact[]) => facts.reduce<readonly ApplicationRound[]>(recordRoundFact, []);

describe('the rounds of an application', () => {
  it('keeps a passed round with the round that follows, then the next round once scheduled', () => {
    const rounds = replay([scheduled('iv-1', 'first', 0), decided('iv-1', 'first', 10, 'pass', 'second')]);
    expect(rounds).toEqual([{ interviewId: 'iv-1', round: 'first', status: 'passed', nextRound: 'second', decidedAt: at(10), updatedAt: at(10) }]);
    expect(currentRound(rounds)).toMatchObject({ round: 'first', status: 'passed', nextRound: 'second' });

    const next = recordRoundFact(rounds, scheduled('iv-2', 'second', 20));
    expect(currentRound(next)).toEqual({ interviewId: 'iv-2', round: 'second', status: 'scheduled', updatedAt: at(20) });
    expect(next.map((r) => [r.round, r.status])).toEqual([['first', 'passed'], ['second', 'scheduled']]);
  });

  it("keeps HR's reason on a round scheduled by skipping earlier ones, through its result", () => {
    const skip = { rounds: ['second', 'final'], reason: '门店急招' };
    const rounds = replay([decided('iv-1', 'first', 0, 'pass', 'second'), scheduled('iv-4', 'hr', 5, skip), decided('iv-4', 'hr', 30, 'fail')]);
    expect(currentRound(rounds)).toEqual({ interviewId: 'iv-4', round: 'hr', status: 'failed', decidedAt: at(30), skippedRounds: skip.rounds, skipReason: skip.reason, updatedAt: at(30) });
  });

  it('does not let an invitation that arrives after its result (a retry) make the round scheduled again', () => {
    const skip = { rounds: ['first'], reason: '内推候选人' };
    const rounds = replay([decided('iv-2', 'second', 30, 'pass', 'final'), scheduled('iv-2', 'second', 0, skip)]);
    expect(rounds).toEqual([expect.objectContaining({ status: 'passed', nextRound: 'final', skippedRounds: ['first'], skipReason: '内推候选人', updatedAt: at(30) })]);
  });

  it("takes the latest result (HR's decision over the automatic one) and ignores an older one arriving late", () => {
    const overruled = replay([scheduled('iv-1', 'first', 0), decided('iv-1', 'first', 10, 'fail'), decided('iv-1', 'first', 20, 'pass', 'second')]);
    expect(currentRound(overruled)).toMatchObject({ status: 'passed', decidedAt: at(20) });
    const late = recordRoundFact(overruled, decided('iv-1', 'first', 10, 'fail'));
    expect(late).toBe(overruled);
  });

  it('is in the latest round that was not cancelled; a cancelled round alone is shown as cancelled', () => {
    const rounds = replay([decided('iv-1', 'first', 0, 'pass', 'second'), scheduled('iv-2', 'second', 10), cancelled('iv-2', 'second', 20)]);
    expect(currentRound(rounds)).toMatchObject({ interviewId: 'iv-1', status: 'passed' });
    expect(currentRound(replay([scheduled('iv-1', 'first', 0), cancelled('iv-1', 'first', 5)]))).toMatchObject({ status: 'cancelled' });
    expect(currentRound([])).toBeUndefined();
    expect(currentRound(undefined)).toBeUndefined();
  });

  it('changes the application (and its updatedAt) only when a fact adds something', () => {
    const now = new Date('2026-06-02T00:00:00Z');
    const first = recordRound(anApplication(), scheduled('iv-1', 'first', 0), now);
    expect(first).toMatchObject({ rounds: [{ interviewId: 'iv-1', status: 'scheduled' }], updatedAt: now });
    expect(recordRound(first, scheduled('iv-1', 'first', 0), new Date())).toBe(first);
  });
});
