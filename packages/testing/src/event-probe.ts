import amqplib, { ChannelModel } from 'amqplib';
import type { EventEnvelope } from '@hr/contracts';

export interface EventProbeOptions {
  amqpUrl: string;
  exchange: string;
  /** Routing keys to listen to: event types, or topic patterns such as `requisition.#`. */
  types: string[];
}

export type EventPredicate = (event: EventEnvelope) => boolean;

/** Listens on a (topic) exchange through its own exclusive queue and keeps every envelope it sees. */
export class EventProbe {
  readonly events: EventEnvelope[] = [];
  /** Bodies that were not JSON, kept so a test can see them. */
  readonly malformed: string[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly model: ChannelModel) {}

  static async start({ amqpUrl, exchange, types }: EventProbeOptions): Promise<EventProbe> {
    const model = await amqplib.connect(amqpUrl);
    try {
      const channel = await model.createChannel();
      // A channel error also rejects the pending operation; unheard, the 'error' event would crash the run.
      channel.on('error', () => undefined);
      model.on('error', () => undefined);
      // Same declaration as the platform's, so whichever side comes first the exchange is the same.
      await channel.assertExchange(exchange, 'topic', { durable: true });
      const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
      for (const type of types) await channel.bindQueue(queue, exchange, type);
      const probe = new EventProbe(model);
      await channel.consume(queue, (message) => message && probe.receive(message.content), { noAck: true });
      return probe;
    } catch (error) {
      await model.close().catch(() => undefined);
      throw error;
    }
  }

  /** Resolves with the first event (already seen or still to come) that matches, else fails listing what came. */
  waitFor(predicate: EventPredicate | string, { timeoutMs = 5000 } = {}): Promise<EventEnvelope> {
    const matches = typeof predicate === 'string' ? (e: EventEnvelope) => e.type === predicate : predicate;
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.find(matches);
        if (!found) return false;
        finish();
        resolve(found);
        return true;
      };
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(onEvent);
      };
      const onEvent = () => void check();
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no matching event within ${timeoutMs} ms; seen: ${this.describe()}`));
      }, timeoutMs);
      this.listeners.add(onEvent);
      check();
    });
  }

  /** Events of one type, in arrival order. */
  ofType(type: string): EventEnvelope[] {
    return this.events.filter((e) => e.type === type);
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    await this.model.close().catch(() => undefined);
  }

  private receive(content: Buffer): void {
    const text = content.toString('utf8');
    try {
      this.events.push(JSON.parse(text) as EventEnvelope);
    } catch {
      this.malformed.push(text);
    }
    for (const listener of [...this.listeners]) listener();
  }

  private describe(): string {
    if (this.events.length === 0 && this.malformed.length === 0) return 'nothing';
    const seen = this.events.map((e) => `${e.type} ${e.id} ${JSON.stringify(e.data)}`.slice(0, 300));
    if (this.malformed.length) seen.push(`${this.malformed.length} malformed`);
    return `\n  ${seen.join('\n  ')}`;
  }
}
