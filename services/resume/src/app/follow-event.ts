import type { EventEnvelope } from '@hr/contracts';
import { DomainError, Principal, Role } from '@hr/workflow';
import type { Application } from '../domain/application';
import type { ApplicationStage } from '../domain/application-stage';
import { StageMove, moveApplication } from './move-application';
import type { ResumeDeps } from './ports';

/** The moves another service's fact asks for, or why there are none: `closed` is left alone, `not_yet` is retried. */
export type FollowPlan = StageMove[] | 'closed' | 'not_yet';

export type FollowOutcome =
  | { kind: 'moved'; application: Application }
  | { kind: 'unchanged' | 'closed'; stage: ApplicationStage }
  | { kind: 'missing' | 'replayed' };

/** Who caused the event, as the stage history records them; `fallback` (else `system`) when the event names nobody. */
export function principalOf(event: EventEnvelope, fallback = 'system'): Principal {
  return { userId: event.actor?.userId ?? fallback, roles: (event.actor?.roles ?? []) as Role[] };
}

export interface FollowInput {
  applicationId: string;
  event: EventEnvelope;
  /** Recorded as the mover; the event's actor by default. */
  principal?: Principal;
  /** What a `not_yet` plan waits for, for the retry's error message. */
  waitingFor: string;
}

/**
 * Applies what a consumed event plans for one application, at most once per event id: a redelivery
 * finds the id recorded with the application and changes nothing. A `not_yet` plan throws, so the
 * broker retries the event once the fact it depends on has been applied.
 */
export async function followEvent(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  input: FollowInput,
  plan: (stage: ApplicationStage) => FollowPlan,
): Promise<FollowOutcome> {
  const current = await deps.applications.get(input.applicationId);
  if (!current) return { kind: 'missing' };
  if (await deps.applications.hasApplied(current.id, input.event.id)) return { kind: 'replayed' };
  const moves = plan(current.stage);
  if (moves === 'closed') return { kind: 'closed', stage: current.stage };
  if (moves === 'not_yet') {
    throw DomainError.conflict('APPLICATION_NOT_READY', `application ${current.id} is ${current.stage}; waiting for ${input.waitingFor}`);
  }
  if (moves.length === 0) return { kind: 'unchanged', stage: current.stage };
  const principal = input.principal ?? principalOf(input.event);
  const application = await moveApplication(deps, current, moves, principal, { appliedEventId: input.event.id });
  return { kind: 'moved', application };
}
