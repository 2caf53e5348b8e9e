import type { EventEnvelope } from '@hr/contracts';
import { DomainError, Principal, Role } from '@hr/workflow';
import type { Application } from '../domain/application';
import { ApplicationStage, REJECTION_REASONS, isTerminalStage } from '../domain/application-stage';
import { StageMove, moveApplication } from './move-application';
import type { ResumeDeps } from './ports';

export type RoundNext = 'next_round' | 'offer' | 'rejected';

/** The moves an interview fact asks for, or why there are none: `closed` is left alone, `not_yet` is retried. */
export type InterviewPlan = StageMove[] | 'closed' | 'not_yet';

export type FollowOutcome =
  | { kind: 'moved'; application: Application }
  | { kind: 'unchanged' | 'closed'; stage: ApplicationStage }
  | { kind: 'missing' | 'replayed' };

const DEFAULT_REJECTION = 'failed_interview';

/** An invitation brings the application to `interview`, through screening when HR invited straight from `new`. */
export function planInvitation(stage: ApplicationStage): InterviewPlan {
  if (isTerminalStage(stage)) return 'closed';
  if (stage === 'new') return [{ to: 'screening' }, { to: 'interview' }];
  if (stage === 'screening' || stage === 'offer') return [{ to: 'interview' }];
  return [];
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

/** Who caused the event, as the stage history records them; `system` when the event names nobody. */
export function principalOf(event: EventEnvelope): Principal {
  return { userId: event.actor?.userId ?? 'system', roles: (event.actor?.roles ?? []) as Role[] };
}

/**
 * Applies what a consumed interview event plans for one application, at most once per event id: a
 * redelivery finds the id recorded with the application and changes nothing.
 */
export async function followInterviewEvent(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  input: { applicationId: string; event: EventEnvelope },
  plan: (stage: ApplicationStage) => InterviewPlan,
): Promise<FollowOutcome> {
  const current = await deps.applications.get(input.applicationId);
  if (!current) return { kind: 'missing' };
  if (await deps.applications.hasApplied(current.id, input.event.id)) return { kind: 'replayed' };
  const moves = plan(current.stage);
  if (moves === 'closed') return { kind: 'closed', stage: current.stage };
  if (moves === 'not_yet') {
    throw DomainError.conflict('APPLICATION_NOT_IN_INTERVIEW', `application ${current.id} is ${current.stage}; waiting for its invitation`);
  }
  if (moves.length === 0) return { kind: 'unchanged', stage: current.stage };
  const application = await moveApplication(deps, current, moves, principalOf(input.event), { appliedEventId: input.event.id });
  return { kind: 'moved', application };
}
