import type { EventDefinition, EventEnvelope } from '@hr/contracts';
import { buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';

export const SOURCE = 'resume';

export function resumeEvent<T extends string, D>(definition: EventDefinition<T, D>, data: D, actor: Principal | undefined, now: Date): EventEnvelope {
  return buildEvent(definition, data, { source: SOURCE, actor, now });
}
