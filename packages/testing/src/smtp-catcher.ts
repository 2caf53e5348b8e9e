import type { AddressInfo } from 'node:net';
import { simpleParser, AddressObject } from 'mailparser';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';

export interface CaughtAttachment {
  filename?: string;
  contentType: string;
  content: Buffer;
}

export interface CaughtMessage {
  /** The SMTP envelope (MAIL FROM / RCPT TO), which is who really receives it. */
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  messageId?: string;
  headers: Map<string, unknown>;
  attachments: CaughtAttachment[];
  raw: Buffer;
}

export type MessagePredicate = (message: CaughtMessage) => boolean;

interface PlannedFailure {
  remaining: number;
  code: number;
  message: string;
}

/** A real SMTP server on 127.0.0.1 (random port, no auth, no TLS) that keeps every message it accepts. */
export class SmtpCatcher {
  readonly messages: CaughtMessage[] = [];
  /** Deliveries refused on purpose by failNext, in order. */
  readonly refused: { code: number; message: string }[] = [];
  private readonly listeners = new Set<() => void>();
  private failure: PlannedFailure | undefined;
  private server!: SMTPServer;
  private portNumber = 0;

  static async start(): Promise<SmtpCatcher> {
    const catcher = new SmtpCatcher();
    catcher.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => catcher.receive(stream, session.envelope, callback),
    });
    // Clients that drop the connection (as a failing test may) must not crash the run.
    catcher.server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      catcher.server.once('error', reject);
      catcher.server.listen(0, '127.0.0.1', () => resolve());
    });
    catcher.portNumber = (catcher.server.server.address() as AddressInfo).port;
    return catcher;
  }

  get host(): string {
    return '127.0.0.1';
  }

  get port(): number {
    return this.portNumber;
  }

  /** The next `count` messages are refused after DATA with this SMTP reply (4xx transient, 5xx permanent). */
  failNext(count: number, { code = 451, message = 'Requested action aborted: local error in processing' } = {}): void {
    this.failure = count > 0 ? { remaining: count, code, message } : undefined;
  }

  /** Resolves with the first message (already caught or still to come) that matches, else fails listing what came. */
  waitFor(predicate: MessagePredicate, { timeoutMs = 5000 } = {}): Promise<CaughtMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.messages.find(predicate);
        if (!found) return;
        finish();
        resolve(found);
      };
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      const timer = setTimeout(() => {
        finish();
        const seen = this.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n  ') || 'nothing';
        reject(new Error(`no matching message within ${timeoutMs} ms; caught:\n  ${seen}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  /** Messages whose envelope recipients include this address (case-insensitive). */
  to(address: string): CaughtMessage[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((m) => m.envelope.to.some((to) => to.toLowerCase() === wanted));
  }

  clear(): void {
    this.messages.length = 0;
    this.refused.length = 0;
    this.failure = undefined;
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(stream: SMTPServerDataStream, envelope: SmtpEnvelope, callback: (error?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', (error) => callback(error));
    stream.on('end', () => {
      const failure = this.takeFailure();
      if (failure) {
        this.refused.push(failure);
        callback(Object.assign(new Error(failure.message), { responseCode: failure.code }));
        return;
      }
      const raw = Buffer.concat(chunks);
      parseMessage(raw, envelope).then(
        (message) => {
          this.messages.push(message);
          callback();
          for (const listener of [...this.listeners]) listener();
        },
        (error: Error) => callback(error),
      );
    });
  }

  private takeFailure(): { code: number; message: string } | undefined {
    if (!this.failure) return undefined;
    const { code, message } = this.failure;
    this.failure.remaining -= 1;
    if (this.failure.remaining <= 0) this.failure = undefined;
    return { code, message };
  }
}

interface SmtpEnvelope {
  mailFrom: { address: string } | false;
  rcptTo: { address: string }[];
}

async function parseMessage(raw: Buffer, envelope: SmtpEnvelope): Promise<CaughtMessage> {
  const parsed = await simpleParser(raw);
  return {
    envelope: { from: envelope.mailFrom ? envelope.mailFrom.address : '', to: envelope.rcptTo.map((r) => r.address) },
    from: addresses(parsed.from).join(', '),
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text,
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    messageId: parsed.messageId,
    headers: parsed.headers as Map<string, unknown>,
    attachments: parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    raw,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field ? (Array.isArray(field) ? field : [field]) : [];
  return list.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}
