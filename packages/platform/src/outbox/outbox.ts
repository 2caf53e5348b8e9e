import { Schema, type Model } from 'mongoose';
import { EventDefinition, EventEnvelope } from '@hr/contracts';
import { DomainError, Principal } from '@hr/workflow';
import { assertValidEvent } from '../broker/event-publisher';
import { currentContext, newCorrelationId } from '../context';
import { timeOrderedId } from './event-id';

/** The field on an aggregate document that holds its not-yet-published events. */
export const OUTBOX_FIELD = 'outbox';

/**
 * A top-level flag, true while the outbox may hold events: the relay's sweep finds such documents by
 * this indexed equality instead of scanning every document for a non-empty array.
 */
export const OUTBOX_PENDING_FIELD = 'outboxPending';

/** A stored aggregate without the outbox's own fields, which only saveWithOutbox and the relay write. */
export function withoutOutboxFields<T extends Record<string, unknown>>(doc: T): Omit<T, typeof OUTBOX_FIELD | typeof OUTBOX_PENDING_FIELD> {
  const { [OUTBOX_FIELD]: _outbox, [OUTBOX_PENDING_FIELD]: _pending, ...rest } = doc;
  return rest;
}

/** Adds the outbox fields and the index the relay's sweep uses to an aggregate's schema. */
export function withOutbox<S extends Schema>(schema: S): S {
  schema.add({ [OUTBOX_FIELD]: { type: [Schema.Types.Mixed], default: [] }, [OUTBOX_PENDING_FIELD]: Boolean });
  schema.index({ [OUTBOX_PENDING_FIELD]: 1 });
  return schema;
}

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
    id: timeOrderedId(),
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
  return (await writeWithOutbox(model, write)).version;
}

/**
 * Creates several documents, each with its events, in one insert. Each document is written whole
 * or not at all; answers the events exactly as stored. An id that exists already fails the call.
 */
export async function createAllWithOutbox(model: AggregateModel, writes: Omit<AggregateWrite, 'expectedVersion'>[]): Promise<EventEnvelope[]> {
  const created = writes.map((write) => ({ id: write.id, state: withoutOutboxFields(write.state), events: write.events.map(toStoredEvent) }));
  if (!created.length) return [];
  await model.collection.insertMany(created.map((c) => creationDocument(c.id, c.state, c.events)) as never[], { ordered: true });
  return created.flatMap((c) => c.events);
}

function creationDocument(id: string, state: Record<string, unknown>, events: EventEnvelope[]): Record<string, unknown> {
  return { _id: id, ...state, version: 1, [OUTBOX_FIELD]: events, [OUTBOX_PENDING_FIELD]: events.length > 0 };
}

/** saveWithOutbox, answering also the events exactly as stored (what the relay publishes and removes). */
export async function writeWithOutbox(model: AggregateModel, write: AggregateWrite): Promise<{ version: number; events: EventEnvelope[] }> {
  const version = write.expectedVersion + 1;
  const events = write.events.map(toStoredEvent);
  // A state read back from a stored document may carry the outbox fields: only this function writes them.
  const state = withoutOutboxFields(write.state);
  if (write.expectedVersion === 0) {
    try {
      await model.collection.insertOne(creationDocument(write.id, state, events) as never);
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw new DomainError('already_exists', 'ALREADY_EXISTS', 'it already exists');
      throw error;
    }
    return { version, events };
  }
  const pushes = Object.entries({ ...write.push, [OUTBOX_FIELD]: events }).filter(([, items]) => items.length);
  const pending = events.length ? { [OUTBOX_PENDING_FIELD]: true } : {};
  const update: Record<string, unknown> = { $set: { ...state, version, ...pending } };
  if (pushes.length) update.$push = Object.fromEntries(pushes.map(([field, items]) => [field, { $each: items }]));
  const filter = { _id: write.id, version: write.expectedVersion, ...write.guard };
  // The database checks the version in the write itself (MongoDB, and FerretDB with infra/ferretdb's patch).
  const result = await model.collection.updateOne(filter as never, update as never);
  if (result.matchedCount === 0) {
    throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'the record changed meanwhile; reload and retry');
  }
  return { version, events };
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
