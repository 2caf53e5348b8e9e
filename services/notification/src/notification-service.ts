import type { Connection } from 'mongoose';
import { notificationV1 } from '@hr/contracts';
import {
  GrpcServer,
  Logger,
  OnStop,
  backfillOnce,
  connectServiceRuntime,
  serviceConsumerOptions,
  startConsumer,
  startWithCleanup,
  syncIndexes,
} from '@hr/platform';
import type { EmailSender, NotificationDeps } from './app/ports';
import type { NotificationConfig, NotificationSettings } from './config';
import { notificationEventHandlers } from './events/notification-handlers';
import { notificationHandlers } from './grpc/notification.grpc';
import { mongoDeliveryLog } from './infra/delivery-log.repository';
import { mongoInboxRepository } from './infra/inbox.repository';
import { mongoInterviewDigestRepository } from './infra/interview-digest.repository';
import { createMailer, mailDestination } from './infra/mailer';
import { notificationQueryFieldsBackfill } from './infra/notification.document';
import { notificationModels } from './infra/notification.models';
import { mongoNotificationRepository } from './infra/notification.repository';
import { mongoOfferDigestRepository } from './infra/offer-digest.repository';
import { TemplateRenderer } from './infra/templates/template-renderer';
import { DeliveryRetrySweeper } from './jobs/delivery-retry.sweeper';

export interface NotificationServiceOptions {
  /** Replaces the mailer the configuration describes. */
  email?: EmailSender;
  /** The clock of every delivery decision (tests move it to make retries due). */
  now?: () => Date;
}

export interface RunningNotificationService {
  grpcPort: number;
  deps: NotificationDeps;
  stop(): Promise<void>;
}

export interface NotificationDepsOptions {
  connection: Connection;
  settings: NotificationSettings;
  logger: Logger;
  /** Replaces the mailer the settings describe (tests). */
  email?: EmailSender;
  now?: () => Date;
}

/** The use cases' dependencies from a database connection and the settings (the service's, or a test's without a broker). */
export function notificationDeps({ connection, settings, logger, email, now }: NotificationDepsOptions): NotificationDeps {
  const models = notificationModels(connection);
  return {
    notifications: mongoNotificationRepository(models),
    deliveryLog: mongoDeliveryLog(models),
    inbox: mongoInboxRepository(models),
    email: email ?? createMailer(settings, logger),
    renderer: new TemplateRenderer({ companyName: settings.COMPANY_NAME, timeZone: settings.COMPANY_TIMEZONE }),
    retryPolicy: {
      maxAttempts: settings.NOTIFY_MAX_ATTEMPTS,
      baseDelayMs: settings.NOTIFY_RETRY_BASE_MS,
      factor: settings.NOTIFY_RETRY_FACTOR,
      maxDelayMs: settings.NOTIFY_RETRY_MAX_MS,
    },
    claimMs: settings.NOTIFY_CLAIM_MS,
    now: now ?? (() => new Date()),
    logger,
  };
}

/** Wires the notification service: database, broker consumer, retry sweep and gRPC server. */
export function startNotificationService(
  config: NotificationConfig,
  logger: Logger,
  options: NotificationServiceOptions = {},
): Promise<RunningNotificationService> {
  return startWithCleanup(logger, (onStop) => wire(config, logger, options, onStop));
}

async function wire(
  config: NotificationConfig,
  logger: Logger,
  options: NotificationServiceOptions,
  onStop: OnStop,
): Promise<Omit<RunningNotificationService, 'stop'>> {
  // The mailer first, so that it closes last: after the consumer that sends through it has stopped.
  const email = options.email ?? createMailer(config, logger);
  onStop(() => email.close());
  const runtime = await connectServiceRuntime(config, logger);
  onStop(() => runtime.close());
  const models = notificationModels(runtime.connection);
  await syncIndexes(runtime.connection);
  await backfillOnce(runtime.connection.db!, notificationQueryFieldsBackfill(models.notifications.collection), logger);
  const deps = notificationDeps({ connection: runtime.connection, settings: config, logger, email, now: options.now });
  logger.info(options.email ? { transport: 'provided' } : mailDestination(config), 'mail destination');

  const context = {
    deps,
    interviews: mongoInterviewDigestRepository(models),
    offers: mongoOfferDigestRepository(models),
    defaultLocale: config.NOTIFY_DEFAULT_LOCALE,
    timeZone: config.COMPANY_TIMEZONE,
    logger,
  };
  await startConsumer(runtime.amqp, serviceConsumerOptions('notification', config, notificationEventHandlers(context)), logger);
  const sweeper = new DeliveryRetrySweeper(deps, config.NOTIFY_SWEEP_MS, logger);
  sweeper.start();
  onStop(() => sweeper.stop());

  const grpc = GrpcServer.fromConfig(config, logger);
  onStop(() => grpc.stop());
  grpc.add(notificationV1.NotificationServiceService, notificationHandlers(deps));
  const grpcPort = await grpc.start();
  return { grpcPort, deps };
}
