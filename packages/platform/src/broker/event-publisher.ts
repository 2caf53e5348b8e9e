import type { ConfirmChannel } from 'amqplib';
import { EventEnvelope, envelopeSchema, eventCatalog } from '@hr/contracts';
import type { Logger } from '../logger';
import type { AmqpConnection } from './amqp-connection';

export interface EventPublisherPort {
  publishAll(events: EventEnvelope[]): Promise<void>;
}

/** Validates events against the catalog and publishes them persistent, awaiting broker confirms. */
export class EventPublisher implements EventPublisherPort {
  private channel?: Promise<ConfirmChannel>;

  constructor(
    private readonly connection: AmqpConnection,
    private readonly exchange: string,
    private readonly logger: Logger,
  ) {}

  async publishAll(events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    const channel = await this.openChannel();
    for (const event of events) {
      assertValidEvent(event);
      channel.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        contentType: 'application/json',
        messageId: event.id,
        type: event.type,
        timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
        headers: { 'x-correlation-id': event.correlationId },
      });
    }
    await channel.waitForConfirms();
  }

  /** The channel used for publishing; exposed so tests can break it mid-way. */
  async openChannel(): Promise<ConfirmChannel> {
    this.channel ??= this.createChannel();
    try {
      return await this.channel;
    } catch (error) {
      this.channel = undefined;
      throw error;
    }
  }

  private async createChannel(): Promise<ConfirmChannel> {
    const channel = await this.connection.createConfirmChannel();
    const forget = () => {
      this.channel = undefined;
    };
    channel.on('close', forget);
    channel.on('error', (error: Error) => this.logger.warn({ err: error.message }, 'publish channel error'));
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    return channel;
  }
}

export function assertValidEvent(event: EventEnvelope): void {
  envelopeSchema.parse(event);
  const definition = eventCatalog.get(event.type);
  if (!definition) throw new Error(`unknown event type ${event.type}`);
  definition.schema.parse(event.data);
}
