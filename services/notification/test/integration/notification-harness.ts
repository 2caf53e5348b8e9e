import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@hr/contracts';
import { connectMongo, syncIndexes } from '@hr/platform';
import { dropDatabase, SmtpCatcher, testEnv, testLogger, uniqueName } from '@hr/testing';
import type { NotificationDeps } from '../../src/app/ports';
import { notificationSettingsSchema } from '../../src/config';
import { notificationModels } from '../../src/infra/notification.models';
import { notificationDeps } from '../../src/notification-service';

export const RETRY = { maxAttempts: 3, baseDelayMs: 60_000, factor: 2 };

/** The notification core on a fresh FerretDB/MongoDB database and a real SMTP catcher, with a settable clock. */
export class NotificationHarness {
  clock = new Date('2026-03-01T08:00:00Z');
  deps!: NotificationDeps;
  smtp!: SmtpCatcher;
  private connection!: Connection;
  private readonly dbName = uniqueName('notification');

  async start(): Promise<this> {
    const { mongoUrl } = testEnv();
    this.smtp = await SmtpCatcher.start();
    this.connection = await connectMongo({ url: mongoUrl, dbName: this.dbName, logger: testLogger(), attempts: 3 });
    notificationModels(this.connection);
    await syncIndexes(this.connection);
    const settings = notificationSettingsSchema.parse({
      SMTP_HOST: this.smtp.host,
      SMTP_PORT: String(this.smtp.port),
      SMTP_TIMEOUT_MS: '5000',
      MAIL_FROM: '"ACME 招聘" <hr@acme.example>',
      COMPANY_NAME: 'ACME',
      NOTIFY_MAX_ATTEMPTS: String(RETRY.maxAttempts),
      NOTIFY_RETRY_BASE_MS: String(RETRY.baseDelayMs),
      NOTIFY_RETRY_FACTOR: String(RETRY.factor),
    });
    this.deps = notificationDeps({ connection: this.connection, settings, logger: testLogger('notification'), now: () => this.clock });
    return this;
  }

  advance(ms: number): Date {
    this.clock = new Date(this.clock.getTime() + ms);
    return this.clock;
  }

  async stop(): Promise<void> {
    await this.deps?.email.close();
    await this.smtp?.stop();
    await this.connection?.close();
    await dropDatabase(testEnv().mongoUrl, this.dbName);
  }
}

export function anEvent(type = 'interview.interview.scheduled.v1'): EventEnvelope {
  return {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'interview',
    correlationId: randomUUID(),
    data: {},
  };
}

export const invitationVariables = {
  positionTitle: 'Backend Engineer',
  round: 'first',
  startsAt: '2026-03-05T06:00:00Z',
  durationMinutes: 60,
  format: 'video',
  videoLink: 'https://meet.example.com/x',
};

export const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hr//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:interview-1@hr\r\nSEQUENCE:0\r\n' +
  'DTSTAMP:20260301T080000Z\r\nDTSTART:20260305T060000Z\r\nDTEND:20260305T070000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
