import { EventData, EventEnvelope, InterviewCancelled, InterviewScheduled, RoundDecided } from '@hr/contracts';
import type { Application } from '../domain/application';
import { RoundFact, recordRound } from '../domain/application-rounds';
import { ApplicationStage, REJECTION_REASONS, isTerminalStage } from '../domain/application-stage';
import { FollowOutcome, FollowPlan, followEvent } from './follow-event';
import type { ResumeDeps } from './ports';

export type RoundNext = 'next_round' | 'offer' | 'rejected';

/** The moves an interview fact asks for, or why there are none: `closed` is left alone, `not_yet` is retried. */
export type InterviewPlan = FollowPlan;

const DEFAULT_REJECTION = 'failed_interview';

/** An invitation brings the application to `interview`, through screening when HR invited straight from `new`. */
export function planInvitation(stage: ApplicationStage): InterviewPlan {
  if (isTerminalStage(stage)) return 'closed';
  if (stage === 'new') return [{ to: 'screening' }, { to: 'interview' }];
  if (stage === 'screening' || stage === 'offer') return [{ to: 'interview' }];
  return [];
}

/** A new time or panel, or a cancellation, moves no stage: its interviewers are given access, its round recorded (see followInterviewEvent). */
export function planNoStageMove(stage: ApplicationStage): InterviewPlan {
  return isTerminalStage(stage) ? 'closed' : [];
}

/** The panel's user ids; a participant without an account cannot sign in to see the application anyway. */
export function panelOf(interview: EventData<typeof InterviewScheduled>['interview']): string[] {
  return interview.interviewers.flatMap((person) => (person.userId ? [person.userId] : []));
}

/**
 * A round's result moves only an application still in `interview`: one HR has since moved on (or
 * closed) keeps HR's decision. Before the invitation has been applied (events can overtake each
 * other on retries) a pass or fail waits, so the invitation cannot later undo it.
 */
export function planRoundDecision(stage: ApplicationStage, decision: { next: RoundNext; reasonCode?: string }): InterviewPlan {
  if (isTerminalStage(stage)) return 'closed';
  if (decision.next === 'next_round' || stage === 'offer') return [];
  if (stage !== 'interview') return 'not_yet';
  if (decision.next === 'offer') return [{ to: 'offer' }];
  return [{ to: 'rejected', reasonCode: rejectionReasonOf(decision.reasonCode) }];
}

/** The interview service's reason when the resume service knows it, else the generic one. */
export function rejectionReasonOf(reasonCode: string | undefined): string {
  return reasonCode && (REJECTION_REASONS as readonly string[]).includes(reasonCode) ? reasonCode : DEFAULT_REJECTION;
}

/** What an invitation, a round's result or a cancellation says about the application's rounds. */
export function roundFactOf(event: EventEnvelope): RoundFact | undefined {
  const at = new Date(event.occurredAt);
  if (event.type === InterviewScheduled.type) {
    const { interview, skippedRounds } = event.data as EventData<typeof InterviewScheduled>;
    return { kind: 'scheduled', interviewId: interview.interviewId, round: interview.round, at, skipped: skippedRounds };
  }
  if (event.type === InterviewCancelled.type) {
    const { interview } = event.data as EventData<typeof InterviewCancelled>;
    return { kind: 'cancelled', interviewId: interview.interviewId, round: interview.round, at };
  }
  if (event.type === RoundDecided.type) {
    const { interviewId, round, outcome, nextRound } = event.data as EventData<typeof RoundDecided>;
    return { kind: 'decided', interviewId, round, at, outcome, nextRound };
  }
  return undefined;
}

/**
 * Applies an interview fact to its application, at most once per event id (see followEvent): its
 * stage moves, its round (see application-rounds.ts) and the interviewers an invitation names, who
 * join those who may see the application so they can prepare.
 */
export function followInterviewEvent(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  input: { applicationId: string; event: EventEnvelope; interviewerIds?: string[] },
  plan: (stage: ApplicationStage) => InterviewPlan,
): Promise<FollowOutcome> {
  const fact = roundFactOf(input.event);
  const update = fact && ((application: Application, now: Date) => recordRound(application, fact, now));
  return followEvent(deps, { ...input, update, waitingFor: 'its invitation' }, plan);
}
