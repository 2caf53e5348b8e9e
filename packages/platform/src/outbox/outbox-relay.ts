import { performance } from 'node:perf_hooks';
import type { EventEnvelope } from '@hr/contracts';
import type { EventPublisherPort } from '../broker/event-publisher';
import { backfillOnce } from '../backfill';
import type { Logger } from '../logger';
import { HandOffs } from './hand-offs';
import { AggregateModel, AggregateWrite, OUTBOX_FIELD, OUTBOX_PENDING_FIELD, createAllWithOutbox, writeWithOutbox } from './outbox';

const RECENT_COMMITS = 10_000;
const keyOf = (model: AggregateModel, id: string) => `${model.collection.name}:${id}`;

export interface OutboxRelayOptions {
  models: AggregateModel[];
  publisher: EventPublisherPort;
  logger: Logger;
  sweepIntervalMs?: number;
  batchSize?: number;
}

/**
 * Publishes the events waiting in aggregate documents, then removes them. Kicked right after a write
 * for low latency; the periodic sweep recovers whatever a crash or a broker outage left behind.
 * Delivery is at least once: consumers dedupe by event id.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Map<string, Promise<void>>();
  private sweeping?: Promise<void>;
  private readonly commits = new Map<string, number>();
  private readonly handOffs = new HandOffs();

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    const interval = this.options.sweepIntervalMs ?? 2000;
    this.timer = setInterval(() => void this.sweep(), interval);
    this.timer.unref();
    this.sweeping = this.flagUnflagged()
      .then(() => this.sweepAll())
      .finally(() => {
        this.sweeping = undefined;
      });
  }

  /**
   * Writes an aggregate with its events (saveWithOutbox) and publishes them right after, without
   * waiting: the events just written are handed over instead of read back. Answers the new version.
   */
  async commit(model: AggregateModel, write: AggregateWrite): Promise<number> {
    const end = this.handOffs.begin([keyOf(model, write.id)]);
    try {
      const { version, events } = await writeWithOutbox(model, write);
      if (!events.length) end();
      else {
        this.rememberCommit(events);
        void this.kick(model, write.id, events).finally(end);
      }
      return version;
    } catch (error) {
      end();
      throw error;
    }
  }

  /**
   * Creates several aggregates with their events in one insert (createAllWithOutbox), then publishes
   * all their events together and clears the outboxes with two writes for the lot, without waiting.
   * Later writes to these documents publish after this (their kicks queue behind it).
   */
  async commitCreations(model: AggregateModel, writes: Omit<AggregateWrite, 'expectedVersion'>[]): Promise<void> {
    const keys = writes.map((write) => keyOf(model, write.id));
    const end = this.handOffs.begin(keys);
    let events: EventEnvelope[];
    try {
      events = await createAllWithOutbox(model, writes);
    } catch (error) {
      end();
      throw error;
    }
    if (!events.length) return end();
    this.rememberCommit(events);
    const work = this.publishCreated(model, writes.map((write) => write.id), events);
    for (const key of keys) this.track(key, work);
    void work
      .catch((error) => this.options.logger.warn({ err: (error as Error).message, count: keys.length }, 'outbox publish failed, the sweep will retry'))
      .finally(end);
  }

  /**
   * `$pullAll` of every event of the lot on every document of the lot removes exactly each one's own
   * (event ids are unique); only documents left empty stop being pending, so an event another write
   * pushed meanwhile is still found by the sweep.
   */
  private async publishCreated(model: AggregateModel, ids: string[], events: EventEnvelope[]): Promise<void> {
    await this.options.publisher.publishAll(events);
    await model.collection.updateMany({ _id: { $in: ids } } as never, { $pullAll: { [OUTBOX_FIELD]: events } } as never);
    await model.collection.updateMany({ _id: { $in: ids }, [OUTBOX_FIELD]: { $size: 0 } } as never, { $set: { [OUTBOX_PENDING_FIELD]: false } } as never);
  }

  /**
   * When this process committed the write that stored the event (a performance.now() mark), if it
   * did so recently: a consumer of its own events can tell that work done since already reflects it.
   */
  committedAt(eventId: string): number | undefined {
    return this.commits.get(eventId);
  }

  private rememberCommit(events: EventEnvelope[]): void {
    const at = performance.now();
    for (const event of events) this.commits.set(event.id, at);
    for (const oldest of this.commits.keys()) {
      if (this.commits.size <= RECENT_COMMITS) break;
      this.commits.delete(oldest);
    }
  }

  /** Publishes one document's pending events now (or the given ones, just written), without waiting for the sweep. */
  kick(model: AggregateModel, id: string, written?: EventEnvelope[]): Promise<void> {
    return this.flushDocument(model, id, written).catch((error) =>
      this.options.logger.warn({ err: (error as Error).message, id }, 'outbox publish failed, the sweep will retry'),
    );
  }

  sweep(): Promise<void> {
    this.sweeping ??= this.sweepAll().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
    await Promise.allSettled(this.inFlight.values());
  }

  /**
   * Once per database: documents written before the pending flag existed get it, so the sweep sees
   * them. Finding them reads every document, so it runs once (recorded like any backfill).
   */
  private async flagUnflagged(): Promise<void> {
    for (const model of this.options.models) {
      await backfillOnce(
        model.db.db!,
        {
          name: `outbox-pending:${model.collection.collectionName}`,
          collection: model.collection,
          field: OUTBOX_PENDING_FIELD,
          derive: (doc) => ({ [OUTBOX_PENDING_FIELD]: ((doc[OUTBOX_FIELD] as unknown[]) ?? []).length > 0 }),
        },
        this.options.logger,
      ).catch((error: Error) => this.options.logger.warn({ err: error.message }, 'outbox: flagging older pending events failed'));
    }
  }

  private async sweepAll(): Promise<void> {
    for (const model of this.options.models) {
      try {
        const pending = await model.collection
          .find({ [OUTBOX_PENDING_FIELD]: true } as never, { projection: { _id: 1 } })
          .limit(this.options.batchSize ?? 100)
          .toArray();
        // One by one through kick, which logs a failure: a document that cannot be published must not hold back the rest.
        for (const doc of pending) if (!this.handOffs.has(keyOf(model, String(doc._id)))) await this.kick(model, String(doc._id));
      } catch (error) {
        this.options.logger.warn({ err: (error as Error).message, collection: model.collection.name }, 'outbox sweep failed');
      }
    }
  }

  /**
   * One flush of a document at a time, in the order asked. Events handed over are published as they
   * are only when no flush was before them: one that was may have published them already, so a
   * queued flush reads what is still stored.
   */
  private flushDocument(model: AggregateModel, id: string, written?: EventEnvelope[]): Promise<void> {
    const key = keyOf(model, id);
    const before = this.inFlight.get(key);
    const work = before
      ? before.catch(() => undefined).then(() => this.publishPending(model, id))
      : this.publishPending(model, id, written);
    this.track(key, work);
    return work;
  }

  /** The document's latest flush, forgotten once it settles unless another was queued behind it. */
  private track(key: string, work: Promise<void>): void {
    this.inFlight.set(key, work);
    void work.catch(() => undefined).finally(() => this.inFlight.get(key) === work && this.inFlight.delete(key));
  }

  private async publishPending(model: AggregateModel, id: string, written?: EventEnvelope[]): Promise<void> {
    const events = written ?? (await this.storedEvents(model, id));
    if (!events) return;
    if (events.length) await this.options.publisher.publishAll(events);
    // One write in the usual case: the outbox holds exactly what was published, so it is emptied and
    // no longer pending. Otherwise (older events left by a crash, or newer ones pushed meanwhile) only
    // the published events go — `$pullAll` of the exact elements, as FerretDB v1 matches `$pull` by
    // equality only — and the document stays pending for the sweep or the newer write's own kick.
    const emptied = await model.collection.updateOne(
      { _id: id, [OUTBOX_FIELD]: events } as never,
      { $set: { [OUTBOX_FIELD]: [], [OUTBOX_PENDING_FIELD]: false } } as never,
    );
    if (emptied.matchedCount === 0 && events.length) {
      await model.collection.updateOne({ _id: id } as never, { $pullAll: { [OUTBOX_FIELD]: events } } as never);
    }
    this.options.logger.debug({ id, count: events.length }, 'outbox events published');
  }

  private async storedEvents(model: AggregateModel, id: string): Promise<EventEnvelope[] | undefined> {
    const doc = await model.collection.findOne({ _id: id } as never, { projection: { [OUTBOX_FIELD]: 1 } });
    return doc ? ((doc[OUTBOX_FIELD] ?? []) as EventEnvelope[]) : undefined;
  }
}
