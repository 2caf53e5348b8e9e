import amqplib, { ChannelModel, ConfirmChannel, Options } from 'amqplib';
import type { EventEnvelope } from '@hr/contracts';

export interface PublishRawOptions {
  amqpUrl: string;
  exchange: string;
  routingKey: string;
  /** Sent as JSON; a string or Buffer is sent as is (to inject bodies that are not valid envelopes). */
  envelope: EventEnvelope | Record<string, unknown> | string | Buffer;
  headers?: Record<string, unknown>;
}

/** Publishes one message straight to the exchange, bypassing validation: injects duplicates, redeliveries, garbage. */
export async function publishRaw({ amqpUrl, exchange, routingKey, envelope, headers }: PublishRawOptions): Promise<void> {
  await withChannel(amqpUrl, async (channel) => {
    await channel.assertExchange(exchange, 'topic', { durable: true });
    const body = Buffer.isBuffer(envelope) ? envelope : Buffer.from(typeof envelope === 'string' ? envelope : JSON.stringify(envelope));
    const options: Options.Publish = { persistent: true, contentType: 'application/json', headers };
    if (typeof envelope === 'object' && !Buffer.isBuffer(envelope) && typeof envelope.id === 'string') options.messageId = envelope.id;
    channel.publish(exchange, routingKey, body, options);
    await channel.waitForConfirms();
  });
}

export interface QueueMessage {
  body: string;
  headers: Record<string, unknown>;
}

/** Takes every message currently in a queue (acknowledging them); for asserting on dead-letter queues. */
export async function drainQueue(amqpUrl: string, queue: string): Promise<QueueMessage[]> {
  return withChannel(amqpUrl, async (channel) => {
    const messages: QueueMessage[] = [];
    for (let message = await channel.get(queue); message; message = await channel.get(queue)) {
      messages.push({ body: message.content.toString('utf8'), headers: message.properties.headers ?? {} });
      channel.ack(message);
    }
    return messages;
  });
}

/** Number of ready messages in a queue. */
export async function queueDepth(amqpUrl: string, queue: string): Promise<number> {
  return withChannel(amqpUrl, async (channel) => (await channel.checkQueue(queue)).messageCount);
}

/** Deletes what a test declared (missing ones are fine), so durable test objects do not pile up in the broker. */
export async function deleteBrokerObjects(amqpUrl: string, { exchanges = [], queues = [] }: { exchanges?: string[]; queues?: string[] }): Promise<void> {
  await withChannel(amqpUrl, async (channel) => {
    for (const queue of queues) await channel.deleteQueue(queue);
    for (const exchange of exchanges) await channel.deleteExchange(exchange);
  });
}

/**
 * Cuts a live AMQP connection at the socket, as a network failure or a broker restart would, without
 * touching the other connections on the broker (other test files share it).
 */
export function severConnection(model: ChannelModel): void {
  const stream = (model.connection as unknown as { stream?: { destroy(error?: Error): void } }).stream;
  if (!stream) throw new Error('this amqplib version keeps no socket on connection.stream');
  stream.destroy(new Error('connection severed by test'));
}

async function withChannel<T>(amqpUrl: string, fn: (channel: ConfirmChannel) => Promise<T>): Promise<T> {
  const model = await amqplib.connect(amqpUrl);
  model.on('error', () => undefined);
  try {
    const channel = await model.createConfirmChannel();
    // A channel error also rejects the pending operation; unheard, the 'error' event would crash the run.
    channel.on('error', () => undefined);
    return await fn(channel);
  } finally {
    await model.close().catch(() => undefined);
  }
}
