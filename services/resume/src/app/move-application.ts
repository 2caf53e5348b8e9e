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

/**
 * The one way an application changes stage, whether HR asks or another service's event says so: each
 * move is checked by the stage machine, lands in the stage history and emits ApplicationStageChanged,
 * all in one write. `appliedEventId` makes the write refuse a consumed event it has applied before.
 */
export async function moveApplication(
  deps: Pick<ResumeDeps, 'applications' | 'search' | 'now'>,
  current: Application,
  moves: StageMove[],
  principal: Principal,
  options: { appliedEventId?: string } = {},
): Promise<Application> {
  const now = deps.now();
  const events: EventEnvelope[] = [];
  let application = current;
  for (const move of moves) {
    const next = changeStage(application, { ...move, principal, now });
    const { candidateId, requisitionId } = next;
    const data = { applicationId: next.id, candidateId, requisitionId, fromStage: application.stage, toStage: next.stage, reasonCode: move.reasonCode || undefined };
    events.push(resumeEvent(ApplicationStageChanged, data, principal, now));
    application = next;
  }
  const saved = await deps.applications.save(application, events, options);
  await deps.search.refresh(application.candidateId).catch(() => undefined);
  return saved;
}
