import { ApplicationStageChanged, EventEnvelope } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import type { Application } from '../domain/application';
import { changeStage } from '../domain/application-rules';
import type { ApplicationStage } from '../domain/application-stage';
import type { ResumeDeps } from './ports';
import { resumeEvent } from './resume-events';

export interface StageMove {
  to: ApplicationStage;
  reasonCode?: string;
  comment?: string;
}

/** An application's next state and the events announcing it, saved together in one write. */
export interface ApplicationChange {
  application: Application;
  events: EventEnvelope[];
}

/** Each move checked by the stage machine, kept in the stage history and announced by ApplicationStageChanged. */
export function stageMoves(current: Application, moves: StageMove[], principal: Principal, now: Date): ApplicationChange {
  const events: EventEnvelope[] = [];
  let application = current;
  for (const move of moves) {
    const next = changeStage(application, { ...move, principal, now });
    const { candidateId, requisitionId } = next;
    const data = { applicationId: next.id, candidateId, requisitionId, fromStage: application.stage, toStage: next.stage, reasonCode: move.reasonCode || undefined };
    events.push(resumeEvent(ApplicationStageChanged, data, principal, now));
    application = next;
  }
  return { application, events };
}

/** One write of state and events; `appliedEventId` makes it refuse a consumed event it has applied before. */
export async function saveApplicationChange(
  deps: Pick<ResumeDeps, 'applications' | 'search'>,
  change: ApplicationChange,
  options: { appliedEventId?: string } = {},
): Promise<Application> {
  const saved = await deps.applications.save(change.application, change.events, options);
  await deps.search.refresh(change.application.candidateId).catch(() => undefined);
  return saved;
}

/** The one way an application changes stage, whether HR asks or another service's event says so. */
export function moveApplication(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  current: Application,
  moves: StageMove[],
  principal: Principal,
  options: { appliedEventId?: string } = {},
): Promise<Application> {
  return saveApplicationChange(deps, stageMoves(current, moves, principal, deps.now()), options);
}
