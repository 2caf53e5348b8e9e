import type { EventEnvelope } from '@hr/contracts';
import { DomainError, Principal, Role } from '@hr/workflow';
import type { Application } from '../domain/application';
import type { ApplicationStage } from '../domain/application-stage';
import { withInterviewers } from './join-interviewers';
import { StageMove, saveApplicationChange, stageMoves } from './move-application';
import type { ResumeDeps } from './ports';

/** The moves another service's fact asks for, or why there are none: `closed` is left alone, `not_yet` is retried. */
export type FollowPlan = StageMove[] | 'closed' | 'not_yet';

export type FollowOutcome =
  | { kind: 'moved' | 'joined' | 'recorded'; application: Application }
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
  /** Interviewers the event gives access to an open application, in the same write as its moves. */
  interviewerIds?: string[];
  /** What else the event changes on an open application (its interview rounds), in the same write; the same application when nothing. */
  update?: (application: Application, now: Date) => Application;
}

/**
 * Applies what a consumed event plans for one application, the interviewers it names and its other
 * changes, in one write and at most once per event id: a redelivery finds the id recorded with the
 * application and changes nothing. A `not_yet` plan throws, so the broker retries the event once the
 * fact it depends on has been applied. A closed application gives nobody new access.
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
  const principal = input.principal ?? principalOf(input.event);
  const now = deps.now();
  const updated = input.update ? input.update(current, now) : current;
  const change = withInterviewers(stageMoves(updated, moves, principal, now), input.interviewerIds ?? [], principal, now);
  const appliedEventId = input.event.id;
  if (change.events.length === 0) {
    if (updated === current) return { kind: 'unchanged', stage: current.stage };
    // Rounds are not searchable: the search document needs no refresh.
    return { kind: 'recorded', application: await deps.applications.save(change.application, [], { appliedEventId }) };
  }
  const application = await saveApplicationChange(deps, change, { appliedEventId });
  return { kind: moves.length > 0 ? 'moved' : 'joined', application };
}
