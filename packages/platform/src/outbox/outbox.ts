import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { EventDefinition, EventEnvelope } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import { assertValidEvent } from '../broker/event-publisher';
import { currentContext, newCorrelationId } from '../context';
import { documentKey, runExclusive } from './keyed-lock';

/** The field on an aggregate document that holds its not-yet-published events. */
export const OUTBOX_FIELD = 'outbox';

/** Any mongoose model: `Model<any>` alone fixes the other type parameters, which a concrete model does not match. */
export type AggregateModel = Model<any, any, any, any, any, any, any>;

export function buildEvent<T extends string, D>(
  definition: EventDefinition<T, D>,
  data: D,
  options: { source: string; actor?: Principal; now?: Date },
): EventEnvelope<D> {
  const context = currentContext();
  const actor = options.actor ?? context?.principal;
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: (options.now ?? new Date()).toISOString(),
    source: options.source,
    correlationId: context?.correlationId ?? newCorrelationId(),
    causationId: context?.causationId,
    actor: actor ? { userId: actor.userId, roles: actor.roles } : undefined,
    data,
  };
}

export interface AggregateWrite {
  id: string;
  /** The version read before deciding; 0 creates the document. */
  expectedVersion: number;
  state: Record<string, unknown>;
  events: EventEnvelope[];
  /** Extra conditions the stored document must still meet (e.g. an event id not yet applied). */
  guard?: Record<string, unknown>;
  /** Extra arrays to append to in the same write (e.g. the ids of applied events). */
  push?: Record<string, unknown[]>;
}

/**
 * Writes the new state and the events it caused in ONE document write (embedded outbox): either both
 * are stored or neither is. A concurrent change makes the version check fail and the caller retry.
 */
export async function saveWithOutbox(model: AggregateModel, write: AggregateWrite): Promise<number> {
  const version = write.expectedVersion + 1;
  const events = write.events.map(toStoredEvent);
  if (write.expectedVersion === 0) {
    try {
      await model.collection.insertOne({ _id: write.id, ...write.state, version, [OUTBOX_FIELD]: events } as never);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw new DomainError('already_exists', 'ALREADY_EXISTS', 'it already exists');
      throw error;
    }
    return version;
  }
  const pushes = Object.entries({ ...write.push, [OUTBOX_FIELD]: events }).filter(([, items]) => items.length);
  const update: Record<string, unknown> = { $set: { ...write.state, version } };
  if (pushes.length) update.$push = Object.fromEntries(pushes.map(([field, items]) => [field, { $each: items }]));
  const filter = { _id: write.id, version: write.expectedVersion, ...write.guard };
  const result = await runExclusive(documentKey(model, write.id), () => model.collection.updateOne(filter as never, update as never));
  if (result.matchedCount === 0) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the record changed meanwhile; reload and retry');
  }
  return version;
}

/**
 * Stores an event exactly as it will travel: as JSON (the driver would store `undefined` as null, which
 * the envelope schema rejects) and validated now, because an invalid event in an outbox would block
 * that document's later events at every sweep.
 */
function toStoredEvent(event: EventEnvelope): EventEnvelope {
  const stored = JSON.parse(JSON.stringify(event)) as EventEnvelope;
  assertValidEvent(stored);
  return stored;
}
