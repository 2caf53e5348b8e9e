import amqplib, { ChannelModel, ConfirmChannel, RecoveringChannelModel } from 'amqplib';
import type { Logger } from '../logger';

export interface AmqpConnectionOptions {
  url: string;
  logger: Logger;
  /** How many times the very first connection is retried before start-up fails. */
  initialRetries?: number;
}

type SetupHook = (model: ChannelModel) => Promise<void>;

/**
 * One recovering AMQP connection per process. Hooks (topology, consumers) run again after every
 * reconnect, so a broker restart heals without restarting the service.
 */
export class AmqpConnection {
  private model?: RecoveringChannelModel;
  private readonly hooks: SetupHook[] = [];
  private current?: ChannelModel;
  private closing = false;

  constructor(private readonly options: AmqpConnectionOptions) {}

  async connect(): Promise<void> {
    const { logger } = this.options;
    this.model = await amqplib.connect(this.options.url, {
      // amqplib leaves Nagle's algorithm on: small publishes and acks then wait for the peer's delayed
      // ACK (~40 ms on loopback), which made an event's way from one service to the next ~70 ms.
      noDelay: true,
      recovery: {
        initialDelay: 200,
        maxDelay: 5000,
        initialMaxRetries: this.options.initialRetries ?? 30,
        maxRetries: Infinity,
        setup: async (model: ChannelModel) => {
          this.current = model;
          try {
            for (const hook of this.hooks) await hook(model);
          } catch (error) {
            // The recovery closes this model and tries again; until then there is no usable connection.
            this.current = undefined;
            throw error;
          }
        },
      },
    });
    this.model.on('disconnect', (error: Error) => {
      this.current = undefined;
      if (!this.closing) logger.warn({ err: error.message }, 'amqp disconnected, reconnecting');
    });
    logger.info('amqp connected');
    this.model.on('connect', () => logger.info('amqp connected'));
    this.model.on('error', (error: Error) => logger.warn({ err: error.message }, 'amqp error'));
  }

  /** Registers a hook and runs it now if already connected. */
  async onConnect(hook: SetupHook): Promise<void> {
    this.hooks.push(hook);
    if (this.current) await hook(this.current);
  }

  get connected(): boolean {
    return this.current !== undefined;
  }

  async createConfirmChannel(): Promise<ConfirmChannel> {
    if (!this.model) throw new Error('amqp connection not started');
    return this.model.createConfirmChannel();
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.model?.close().catch(() => undefined);
  }
}
