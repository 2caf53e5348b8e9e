import { Connection, Schema } from 'mongoose';
import type { EventEnvelope } from '@hr/contracts';
import { runExclusive } from '../outbox/keyed-lock';

interface ProcessedEvent {
  _id: string;
  type: string;
  processedAt: Date;
}

/**
 * Remembers which events a consumer has applied (the event id is the document id, hence unique).
 * For effects on one aggregate prefer the stronger form: a guard on the aggregate's own list of
 * applied event ids in the same write (see `saveWithOutbox` guard/push).
 */
export class Inbox {
  private readonly model;

  constructor(connection: Connection) {
    const schema = new Schema<ProcessedEvent>(
      { _id: String, type: String, processedAt: Date },
      { collection: 'inbox', versionKey: false },
    );
    this.model = connection.models.ProcessedEvent ?? connection.model<ProcessedEvent>('ProcessedEvent', schema);
  }

  async seen(eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: eventId })) !== null;
  }

  async record(event: EventEnvelope): Promise<void> {
    await this.model.updateOne(
      { _id: event.id },
      { $setOnInsert: { type: event.type, processedAt: new Date() } },
      { upsert: true },
    );
  }

  /**
   * Runs an idempotent effect once per event id: checked before, recorded after. Copies of one event
   * that arrive together (prefetch lets them run at once) take turns, so the later one sees the record.
   */
  async once(event: EventEnvelope, effect: () => Promise<void>): Promise<void> {
    await runExclusive(`${this.model.db.name}.inbox:${event.id}`, async () => {
      if (await this.seen(event.id)) return;
      await effect();
      await this.record(event);
    });
  }
}
