import {
  EventDefinition,
  EventEnvelope,
} from '@hr/contracts';
import { buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';
import type { Requisition } from '../domain/requisition';

export const SOURCE = 'requisition';

export function requisitionRef(req: Requisition) {
  return { requisitionId: req.id, number: req.number, departmentId: req.departmentId };
}

/** An event about a requisition, stamped with the actor and the request's correlation id. */
export function requisitionEvent<T extends string, D>(
  definition: EventDefinition<T, D>,
  data: D,
  actor: Principal | undefined,
  now: Date,
): EventEnvelope {
  return buildEvent(definition, data, { source: SOURCE, actor, now });
}
