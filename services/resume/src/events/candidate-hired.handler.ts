import { ApplicationStageChanged, CandidateUpdated, EventData, EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { moveStatus } from '../domain/candidate-rules';
import type { ResumeDeps } from '../app/ports';
import { resumeEvent } from '../app/resume-events';

/**
 * A hired application makes its person `hired` in the archive. Driven by the event (not the stage
 * change itself) so a crash between the two writes cannot lose it; a repeat finds the status set.
 */
export function candidateHiredHandler(deps: ResumeDeps, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof ApplicationStageChanged>;
    if (data.toStage !== 'hired') return;
    const candidate = await deps.candidates.get(data.candidateId);
    if (!candidate || !['active', 'archived', 'former_employee'].includes(candidate.status)) return;
    const now = deps.now();
    const principal = { userId: event.actor?.userId ?? 'system', roles: [] };
    const hired = moveStatus(candidate, 'hire', { reason: `application ${data.applicationId}`, principal, now });
    // The timeline projection that runs next for this event refreshes the search document.
    await deps.candidates.save(hired, [resumeEvent(CandidateUpdated, { candidateId: candidate.id, fields: ['status'] }, undefined, now)]);
    logger.info({ candidateId: candidate.id, applicationId: data.applicationId }, 'candidate marked hired');
  };
}
