import { notificationV1 } from '@hr/contracts';
import { GrpcServer, Logger, backfillOnce, connectServiceRuntime, serviceConsumerOptions, startConsumer, syncIndexes } from '@hr/platform';
import type { EmailSender, NotificationDeps } from './app/ports';
import type { NotificationConfig } from './config';
import { notificationEventHandlers } from './events/notification-handlers';
import { notificationHandlers } from './grpc/notification.grpc';
import { mongoInterviewDigestRepository } from './infra/interview-digest.repository';
import { mailDestination } from './infra/mailer';
import { notificationQueryFieldsBackfill } from './infra/notification.document';
import { notificationModels } from './infra/notification.models';
import { mongoOfferDigestRepository } from './infra/offer-digest.repository';
import { DeliveryRetrySweeper } from './jobs/delivery-retry.sweeper';
import { createNotificationDeps } from './notification-core';

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

/** Wires the notification service: database, broker consumer, retry sweep and gRPC server. */
export async function startNotificationService(
  config: NotificationConfig,
  logger: Logger,
  options: NotificationServiceOptions = {},
): Promise<RunningNotificationService> {
  const runtime = await connectServiceRuntime(config, logger);
  const models = notificationModels(runtime.connection);
  await syncIndexes(runtime.connection);
  await backfillOnce(runtime.connection.db!, notificationQueryFieldsBackfill(models.notifications.collection), logger);
  const deps = createNotificationDeps({ connection: runtime.connection, settings: config, logger, email: options.email, now: options.now });
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

  const grpc = GrpcServer.fromConfig(config, logger);
  grpc.add(notificationV1.NotificationServiceService, notificationHandlers(deps));
  const grpcPort = await grpc.start();
  return {
    grpcPort,
    deps,
    async stop() {
      await grpc.stop();
      await sweeper.stop();
      await runtime.close();
      await deps.email.close();
    },
  };
}
