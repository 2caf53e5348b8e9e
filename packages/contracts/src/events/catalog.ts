import { EventDefinition } from './envelope';
import * as interview from './interview.events';
import * as offer from './offer.events';
import * as requisition from './requisition.events';
import * as resume from './resume.events';

function isDefinition(value: unknown): value is EventDefinition {
  return typeof value === 'object' && value !== null && 'schema' in value && 'type' in value;
}

const modules: Record<string, unknown>[] = [requisition, resume, interview, offer];
const definitions = modules.flatMap((m) => Object.values(m)).filter(isDefinition);

/** Every event type the system knows, by routing key: checked on publish and on receipt. */
export const eventCatalog: ReadonlyMap<string, EventDefinition> = new Map(definitions.map((d) => [d.type, d]));
