import type { Application } from './application';

export const ROUND_STATUSES = ['scheduled', 'passed', 'failed', 'cancelled'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** One interview round of an application, as the interview service's facts told it; built without undefined fields. */
export interface ApplicationRound {
  interviewId: string;
  /** first | second | final | hr (the interview service's rounds). */
  round: string;
  status: RoundStatus;
  /** After a pass: the round that follows; absent when the pass leads to the offer. */
  nextRound?: string;
  decidedAt?: Date;
  /** The earlier rounds HR passed over to schedule this one, and why. */
  skippedRounds?: string[];
  skipReason?: string;
  /** When the fact that last changed this round happened: an older fact arriving late changes nothing. */
  updatedAt: Date;
}

/** A fact about one interview round, from an interview event. */
export type RoundFact = { interviewId: string; round: string; at: Date } & (
  | { kind: 'scheduled'; skipped?: { rounds: string[]; reason: string } }
  | { kind: 'decided'; outcome: 'pass' | 'fail'; nextRound?: string }
  | { kind: 'cancelled' }
);

function factStatus(fact: RoundFact): RoundStatus {
  if (fact.kind === 'decided') return fact.outcome === 'pass' ? 'passed' : 'failed';
  return fact.kind;
}

function newRound(fact: RoundFact): ApplicationRound {
  const base: ApplicationRound = { interviewId: fact.interviewId, round: fact.round, status: factStatus(fact), updatedAt: fact.at };
  if (fact.kind === 'scheduled' && fact.skipped) return { ...base, skippedRounds: fact.skipped.rounds, skipReason: fact.skipped.reason };
  if (fact.kind === 'decided') return { ...base, decidedAt: fact.at, ...(fact.nextRound ? { nextRound: fact.nextRound } : {}) };
  return base;
}

/**
 * A result or a cancellation replaces what is known of its round when it is not older. An invitation
 * arriving after its result (on a retry) must not make the round "scheduled" again: it only adds the skip.
 */
function applyTo(known: ApplicationRound, fact: RoundFact): ApplicationRound {
  if (fact.kind === 'scheduled') {
    return fact.skipped && !known.skippedRounds ? { ...known, skippedRounds: fact.skipped.rounds, skipReason: fact.skipped.reason } : known;
  }
  if (fact.at < known.updatedAt) return known;
  const { skippedRounds, skipReason } = known;
  return { ...newRound(fact), ...(skippedRounds ? { skippedRounds, skipReason } : {}) };
}

/**
 * The application's rounds after an interview fact: a round first heard of is added (rounds keep the
 * order they became known in, which is the order they were scheduled); a known one is updated.
 * Returns the same array when nothing changed.
 */
export function recordRoundFact(rounds: readonly ApplicationRound[], fact: RoundFact): readonly ApplicationRound[] {
  const index = rounds.findIndex((r) => r.interviewId === fact.interviewId);
  if (index < 0) return [...rounds, newRound(fact)];
  const updated = applyTo(rounds[index], fact);
  return updated === rounds[index] ? rounds : rounds.map((r, i) => (i === index ? updated : r));
}

/** The round the application is in: the latest scheduled one that was not cancelled, else the latest. */
export function currentRound(rounds: readonly ApplicationRound[] | undefined): ApplicationRound | undefined {
  const all = rounds ?? [];
  return all.findLast((r) => r.status !== 'cancelled') ?? all.at(-1);
}

/** The application with an interview fact recorded; the same application when it changes nothing. */
export function recordRound(application: Application, fact: RoundFact, now: Date): Application {
  const known = application.rounds ?? [];
  const rounds = recordRoundFact(known, fact);
  return rounds === known ? application : { ...application, rounds: [...rounds], updatedAt: now };
}
