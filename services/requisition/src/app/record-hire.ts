import { EventEnvelope, RequisitionFilled, RequisitionHireRecorded } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import { recordHire as record } from '../domain/requisition-lifecycle';
import type { RequisitionDeps } from './ports';
import { requisitionEvent, requisitionRef } from './requisition-events';

const MAX_ATTEMPTS = 5;

/**
 * Counts a hire once per causing event: the event id is stored in the same write as the new count,
 * and the write is refused if it is there already — so a redelivered event changes nothing.
 */
export async function recordHire(
  deps: RequisitionDeps,
  input: { requisitionId: string; applicationId: string; causedBy: string },
): Promise<'applied' | 'duplicate' | 'unknown_requisition'> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await deps.requisitions.get(input.requisitionId);
    if (!current) return 'unknown_requisition';
    if (current.appliedEventIds?.includes(input.causedBy)) return 'duplicate';
    const now = deps.now();
    const { requisition, filled } = record(current, now);
    const ref = requisitionRef(requisition);
    const events: EventEnvelope[] = [
      requisitionEvent(
        RequisitionHireRecorded,
        { ...ref, applicationId: input.applicationId, hiredCount: requisition.hiredCount, headcount: requisition.headcount },
        undefined,
        now,
      ),
    ];
    if (filled) events.push(requisitionEvent(RequisitionFilled, { ...ref, hiredCount: requisition.hiredCount }, undefined, now));
    try {
      await deps.requisitions.save(requisition, events, { appliedEventId: input.causedBy });
      return 'applied';
    } catch (error) {
      // Another write won the race (or applied this very event): reload and decide again.
      if (!(error instanceof DomainError && error.kind === 'aborted') || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
