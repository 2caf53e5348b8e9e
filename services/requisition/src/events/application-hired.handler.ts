import { ApplicationStageChanged, EventData, EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { recordHire } from '../app/record-hire';
import type { RequisitionDeps } from '../app/ports';

/** An application reaching `hired` counts once toward its requisition's headcount. */
export function applicationHiredHandler(deps: RequisitionDeps, logger: Logger) {
  return async (event: EventEnvelope): Promise<void> => {
    const data = event.data as EventData<typeof ApplicationStageChanged>;
    if (data.toStage !== 'hired') return;
    const result = await recordHire(deps, {
      requisitionId: data.requisitionId,
      applicationId: data.applicationId,
      causedBy: event.id,
    });
    logger.info({ eventId: event.id, requisitionId: data.requisitionId, result }, 'hire recorded');
  };
}
