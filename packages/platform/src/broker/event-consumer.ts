import type { ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { EventEnvelope, envelopeSchema, eventCatalog } from '@hr/contracts';
import { runWithContext } from '../context';
import type { Logger } from '../logger';
import type { AmqpConnection } from './amqp-connection';

export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface ConsumerOptions {
  /** Queue name, by convention `<service>.events` (prefixed in tests to isolate runs). */
  queue: string;
  exchange: string;
  handlers: Record<string, EventHandler>;
  prefetch?: number;
  /** Delay before each retry; after the last one the message goes to `<queue>.dlq`. */
  retryDelaysMs?: number[];
}

const ATTEMPT_HEADER = 'x-attempt';
const DEFAULT_RETRY_DELAYS = [1_000, 10_000, 60_000];
const RESUBSCRIBE_DELAY_MS = 500;

/** Declares the queue with its retry and dead-letter queues and consumes it, surviving reconnects. */
export async function startConsumer(connection: AmqpConnection, options: ConsumerOptions, logger: Logger): Promise<void> {
  await connection.onConnect((model) => consume(model, options, logger));
}

async function consume(model: ChannelModel, options: ConsumerOptions, logger: Logger): Promise<void> {
  const channel = await model.createConfirmChannel();
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  let connectionClosed = false;
  let subscribed = false;
  const onConnectionClose = () => {
    connectionClosed = true;
  };
  model.once('close', onConnectionClose);
  // Without a listener a channel error (e.g. the broker closing the channel) would be thrown and crash the process.
  channel.on('error', (error: Error) => logger.warn({ err: error.message, queue: options.queue }, 'consumer channel error'));
  channel.once('close', () => {
    // A lost connection runs every setup hook again; a channel lost on its own would leave the queue unconsumed.
    if (!subscribed) return void model.off('close', onConnectionClose);
    setTimeout(() => {
      model.off('close', onConnectionClose);
      if (connectionClosed) return;
      logger.warn({ queue: options.queue }, 'consumer channel closed, subscribing again');
      consume(model, options, logger).catch((error) =>
        logger.error({ err: (error as Error).message, queue: options.queue }, 'could not subscribe again'),
      );
    }, RESUBSCRIBE_DELAY_MS).unref();
  });
  await declareTopology(channel, options, delays);
  await channel.prefetch(options.prefetch ?? 20);
  await channel.consume(options.queue, (message) => {
    if (!message) {
      // The broker cancelled the subscription (e.g. the queue was deleted): close, and the close subscribes again.
      channel.close().catch(() => undefined);
      return;
    }
    handleMessage(channel, message, options, delays, logger).catch((error) =>
      logger.warn({ err: (error as Error).message, queue: options.queue }, 'message not settled, the broker will redeliver it'),
    );
  });
  subscribed = true;
}

async function declareTopology(channel: ConfirmChannel, options: ConsumerOptions, delays: number[]): Promise<void> {
  const { queue, exchange } = options;
  await channel.assertExchange(exchange, 'topic', { durable: true });
  await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.assertQueue(`${queue}.dlq`, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  for (const delay of new Set(delays)) {
    // A retry queue holds messages for its TTL, then dead-letters them back to the main queue.
    await channel.assertQueue(retryQueue(queue, delay), {
      durable: true,
      arguments: { 'x-message-ttl': delay, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': queue },
    });
  }
  for (const type of Object.keys(options.handlers)) await channel.bindQueue(queue, exchange, type);
}

function retryQueue(queue: string, delayMs: number): string {
  return `${queue}.retry.${delayMs}ms`;
}

async function handleMessage(
  channel: ConfirmChannel,
  message: ConsumeMessage,
  options: ConsumerOptions,
  delays: number[],
  logger: Logger,
): Promise<void> {
  const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 0);
  let event: EventEnvelope;
  try {
    event = parseEvent(message);
  } catch (error) {
    logger.error({ err: (error as Error).message, type: message.fields.routingKey }, 'invalid event, dead-lettered');
    return forward(channel, message, `${options.queue}.dlq`, attempt, error);
  }
  const handler = options.handlers[event.type];
  if (!handler) return channel.ack(message);
  try {
    await runWithContext({ correlationId: event.correlationId, causationId: event.id }, () => handler(event));
  } catch (error) {
    const last = attempt >= delays.length;
    const target = last ? `${options.queue}.dlq` : retryQueue(options.queue, delays[attempt]);
    logger.warn({ err: (error as Error).message, eventId: event.id, type: event.type, attempt, target }, 'event handler failed');
    return forward(channel, message, target, attempt + 1, error);
  }
  // Outside the handler's try: an ack on a channel lost meanwhile is not a handler failure to retry.
  channel.ack(message);
}

function parseEvent(message: ConsumeMessage): EventEnvelope {
  const envelope = envelopeSchema.parse(JSON.parse(message.content.toString('utf8'))) as EventEnvelope;
  const definition = eventCatalog.get(envelope.type);
  if (definition) envelope.data = definition.schema.parse(envelope.data);
  return envelope;
}

/** Moves a message to another queue; ack the original only once the copy is confirmed, so none is lost. */
async function forward(channel: ConfirmChannel, message: ConsumeMessage, queue: string, attempt: number, error: unknown) {
  try {
    channel.sendToQueue(queue, message.content, {
      ...message.properties,
      persistent: true,
      headers: { ...message.properties.headers, [ATTEMPT_HEADER]: attempt, 'x-last-error': String((error as Error)?.message ?? error).slice(0, 500) },
    });
    await channel.waitForConfirms();
    channel.ack(message);
  } catch {
    // The channel is gone: the broker redelivers the unacked original.
  }
}

/** The consumer of one service (`<prefix><service>.events`) as its eventing settings describe it. */
export function serviceConsumerOptions(
  service: string,
  config: { AMQP_EXCHANGE: string; AMQP_QUEUE_PREFIX: string; EVENT_PREFETCH: number; EVENT_RETRY_DELAYS_MS: number[] },
  handlers: Record<string, EventHandler>,
): ConsumerOptions {
  return {
    queue: `${config.AMQP_QUEUE_PREFIX}${service}.events`,
    exchange: config.AMQP_EXCHANGE,
    handlers,
    retryDelaysMs: config.EVENT_RETRY_DELAYS_MS,
    prefetch: config.EVENT_PREFETCH,
  };
}
