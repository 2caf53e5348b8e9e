import type { Connection } from 'mongoose';
import type { Logger } from '@hr/platform';
import type { EmailSender, NotificationDeps } from './app/ports';
import type { NotificationSettings } from './config';
import { mongoDeliveryLog } from './infra/delivery-log.repository';
import { mongoInboxRepository } from './infra/inbox.repository';
import { createMailer } from './infra/mailer';
import { notificationModels } from './infra/notification.models';
import { mongoNotificationRepository } from './infra/notification.repository';
import { TemplateRenderer } from './infra/templates/template-renderer';

export interface CoreOptions {
  connection: Connection;
  settings: NotificationSettings;
  logger: Logger;
  /** Replaces the mailer the settings describe (tests). */
  email?: EmailSender;
  now?: () => Date;
}

/** The notification use cases' dependencies, wired from a database connection and the settings. */
export function createNotificationDeps({ connection, settings, logger, email, now }: CoreOptions): NotificationDeps {
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
