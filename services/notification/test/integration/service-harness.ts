import type { EventEnvelope } from '@hr/contracts';
import { notificationV1 } from '@hr/contracts';
import { createGrpcClient, PromiseClient } from '@hr/platform';
import { deleteBrokerObjects, dropDatabase, publishRaw, SmtpCatcher, testEnv, testLogger, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { NotificationConfig, notificationConfigSchema } from '../../src/config';
import { RunningNotificationService, startNotificationService } from '../../src/notification-service';

export const SECRET = 'integration-test-secret-0123456789abcdef';
export const RETRY_BASE_MS = 60_000;
export const admin: Principal = { userId: 'u-admin', roles: ['admin'] };
export const hr: Principal = { userId: 'u-hr', roles: ['hr'] };

export type NotificationClient = PromiseClient<notificationV1.NotificationServiceClient>;

const EVENT_RETRY_DELAYS_MS = [100, 200];

/**
 * The whole notification service on its own database, exchange and queue, with a real SMTP catcher
 * and a clock that runs with real time plus an offset tests can move (to make retries due).
 */
export class ServiceHarness {
  smtp!: SmtpCatcher;
  service!: RunningNotificationService;
  client!: NotificationClient;
  config!: NotificationConfig;
  private offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);

  async start(): Promise<this> {
    const { mongoUrl, amqpUrl } = testEnv();
    this.smtp = await SmtpCatcher.start();
    this.config = notificationConfigSchema.parse({
      MONGO_URL: mongoUrl,
      MONGO_DB: uniqueName('notification'),
      AMQP_URL: amqpUrl,
      AMQP_EXCHANGE: uniqueName('x'),
      AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
      INTERNAL_TOKEN_SECRET: SECRET,
      GRPC_PORT: '0',
      // Prefetch 1 keeps deliveries in order: once a later event is handled, an earlier one has been.
      EVENT_PREFETCH: '1',
      EVENT_RETRY_DELAYS_MS: EVENT_RETRY_DELAYS_MS.join(','),
      LOG_LEVEL: 'silent',
      SMTP_HOST: this.smtp.host,
      SMTP_PORT: String(this.smtp.port),
      SMTP_TIMEOUT_MS: '5000',
      MAIL_FROM: '"ACME 招聘" <hr@acme.example>',
      COMPANY_NAME: 'ACME',
      NOTIFY_SWEEP_MS: '100',
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_MS: String(RETRY_BASE_MS),
    });
    this.service = await startNotificationService(this.config, testLogger('notification'), { now: this.now });
    this.client = createGrpcClient(notificationV1.NotificationServiceService, notificationV1.NotificationServiceClient, {
      address: `127.0.0.1:${this.service.grpcPort}`,
      principalSecret: SECRET,
    });
    return this;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  get queue(): string {
    return `${this.config.AMQP_QUEUE_PREFIX}notification.events`;
  }

  /** As the interview service's relay would: straight onto the exchange, the event type as routing key. */
  publish(envelope: EventEnvelope): Promise<void> {
    return publishRaw({ amqpUrl: this.config.AMQP_URL, exchange: this.config.AMQP_EXCHANGE, routingKey: envelope.type, envelope });
  }

  async deliveries(eventId: string, principal: Principal = admin): Promise<notificationV1.Delivery[]> {
    const request = notificationV1.QueryDeliveryLogRequest.fromPartial({ eventId, page: { page: 1, pageSize: 100 } });
    return (await this.client.queryDeliveryLog(request, { principal })).deliveries;
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.service?.stop();
    await this.smtp?.stop();
    if (!this.config) return;
    await dropDatabase(this.config.MONGO_URL, this.config.MONGO_DB);
    const retryQueues = EVENT_RETRY_DELAYS_MS.map((ms) => `${this.queue}.retry.${ms}ms`);
    await deleteBrokerObjects(this.config.AMQP_URL, { exchanges: [this.config.AMQP_EXCHANGE], queues: [this.queue, `${this.queue}.dlq`, ...retryQueues] });
  }
}

export function interviewer(userId: string): Principal {
  return { userId, roles: ['interviewer'] };
}
