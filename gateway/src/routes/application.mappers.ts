import type { resumeV1 } from '@hr/contracts';

/** One interview round without the proto's empty strings and lists: what is not known is absent. */
function presentRound(round: resumeV1.ApplicationRound) {
  const { interviewId, status, decidedAt, updatedAt } = round;
  return {
    interviewId,
    round: round.round,
    status,
    nextRound: round.nextRound || undefined,
    decidedAt,
    skippedRounds: round.skippedRounds.length ? { rounds: round.skippedRounds, reason: round.skipReason } : undefined,
    updatedAt,
  };
}

/** An application with its interview rounds as clients read them. */
export function presentApplication(application: resumeV1.Application) {
  const { currentRound, rounds, ...rest } = application;
  return { ...rest, currentRound: currentRound && presentRound(currentRound), rounds: rounds.map(presentRound) };
}
