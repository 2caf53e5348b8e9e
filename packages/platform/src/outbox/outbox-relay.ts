import type { EventEnvelope } from '@hr/contracts';
import type { EventPublisherPort } from '../broker/event-publisher';
import { backfillOnce } from '../backfill';
import type { Logger } from '../logger';
import { AggregateModel, OUTBOX_FIELD, OUTBOX_PENDING_FIELD } from './outbox';

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

  /** Publishes one document's pending events now, without waiting for the sweep. */
  kick(model: AggregateModel, id: string): Promise<void> {
    return this.flushDocument(model, id).catch((error) =>
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
        for (const doc of pending) await this.kick(model, String(doc._id));
      } catch (error) {
        this.options.logger.warn({ err: (error as Error).message, collection: model.collection.name }, 'outbox sweep failed');
      }
    }
  }

  private flushDocument(model: AggregateModel, id: string): Promise<void> {
    const key = `${model.collection.name}:${id}`;
    const running = this.inFlight.get(key);
    if (running) return running.then(() => this.flushDocument(model, id));
    const work = this.publishPending(model, id).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private async publishPending(model: AggregateModel, id: string): Promise<void> {
    const doc = await model.collection.findOne({ _id: id } as never, { projection: { [OUTBOX_FIELD]: 1, [OUTBOX_PENDING_FIELD]: 1 } });
    if (!doc) return;
    const events = (doc[OUTBOX_FIELD] ?? []) as EventEnvelope[];
    if (events.length) {
      await this.options.publisher.publishAll(events);
      // $pullAll of the exact elements read, not `$pull` with a condition: FerretDB v1 matches $pull
      // by equality only, so a condition silently removes nothing and the events repeat forever.
      await model.collection.updateOne({ _id: id } as never, { $pullAll: { [OUTBOX_FIELD]: events } } as never);
      this.options.logger.debug({ id, count: events.length }, 'outbox events published');
    }
    // Cleared only while the outbox is empty: an event pushed meanwhile keeps the document pending.
    if (!events.length && doc[OUTBOX_PENDING_FIELD] === false) return;
    await model.collection.updateOne({ _id: id, [OUTBOX_FIELD]: { $size: 0 } } as never, { $set: { [OUTBOX_PENDING_FIELD]: false } } as never);
  }
}
