import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { connectMongo } from '@hr/platform';
import { SmtpCatcher, dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import { createGateway } from '../../gateway/src/app';
import { gatewayConfigSchema } from '../../gateway/src/config';
import { requisitionConfigSchema } from '../../services/requisition/src/config';
import { startRequisitionService } from '../../services/requisition/src/requisition-service';
import { interviewConfigSchema } from '../../services/interview/src/config';
import { startInterviewService } from '../../services/interview/src/interview-service';
import { notificationConfigSchema } from '../../services/notification/src/config';
import { startNotificationService } from '../../services/notification/src/notification-service';
import { offerConfigSchema } from '../../services/offer/src/config';
import { startOfferService } from '../../services/offer/src/offer-service';
import { resumeConfigSchema } from '../../services/resume/src/config';
import { startResumeService } from '../../services/resume/src/resume-service';

const SECRET = 'e2e-internal-token-secret-0123456789abcdef';
export const ADMIN = { email: 'admin@e2e.test', password: 'Admin-Passw0rd!' };

export interface RunningSystem {
  baseUrl: string;
  amqpUrl: string;
  exchange: string;
  /** The SMTP server every e-mail of the system reaches. */
  smtp: SmtpCatcher;
  /** Moves the clock of the interview and offer services (their rules and jobs) forward. */
  advanceClock(ms: number): void;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** INTERVIEW_REMINDERS of the interview service, e.g. `1m` for a reminder a minute before the start. */
  interviewReminders?: string;
}

/** The whole system in this process, on the test run's FerretDB and RabbitMQ, isolated by names. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const { mongoUrl, amqpUrl } = testEnv();
  const logger = silentLogger();
  const smtp = await SmtpCatcher.start();
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  const requisitionConfig = requisitionConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_req'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const requisition = await startRequisitionService(requisitionConfig, logger);
  const resumeConfig = resumeConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_res'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: requisitionConfig.AMQP_EXCHANGE,
    AMQP_QUEUE_PREFIX: requisitionConfig.AMQP_QUEUE_PREFIX,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    LOG_LEVEL: 'silent',
  });
  const resume = await startResumeService(resumeConfig, logger);
  const shared = {
    MONGO_URL: mongoUrl,
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: requisitionConfig.AMQP_EXCHANGE,
    AMQP_QUEUE_PREFIX: requisitionConfig.AMQP_QUEUE_PREFIX,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
  };
  const interviewConfig = interviewConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('e2e_itv'),
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    RESUME_GRPC_URL: `127.0.0.1:${resume.grpcPort}`,
    INTERVIEW_REMINDERS: options.interviewReminders ?? '24h,1h',
    AGENDA_PROCESS_EVERY_MS: '200',
    // agenda keeps a timer of half the lock lifetime after each job; short, so jest can exit.
    AGENDA_LOCK_LIFETIME_MS: '5000',
    INVITATION_ORGANIZER: '"ACME 招聘" <hr@acme.example>',
  });
  const interview = await startInterviewService(interviewConfig, logger, { now });
  const notificationConfig = notificationConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('e2e_ntf'),
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: '"ACME 招聘" <hr@acme.example>',
    COMPANY_NAME: 'ACME',
    NOTIFY_SWEEP_MS: '200',
    // One event at a time, so a test can tell that an earlier event has been handled.
    EVENT_PREFETCH: '1',
  });
  const notification = await startNotificationService(notificationConfig, logger);
  const offerConfig = offerConfigSchema.parse({
    ...shared,
    MONGO_DB: uniqueName('e2e_ofr'),
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    RESUME_GRPC_URL: `127.0.0.1:${resume.grpcPort}`,
    COMPANY_NAME: 'ACME',
    AGENDA_PROCESS_EVERY_MS: '200',
    AGENDA_LOCK_LIFETIME_MS: '5000',
  });
  const offer = await startOfferService(offerConfig, logger, { now });
  const gatewayConfig = gatewayConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('e2e_gw'),
    JWT_SECRET: 'e2e-jwt-secret-0123456789abcdef-0123456789',
    INTERNAL_TOKEN_SECRET: SECRET,
    REQUISITION_GRPC_URL: `127.0.0.1:${requisition.grpcPort}`,
    RESUME_GRPC_URL: `127.0.0.1:${resume.grpcPort}`,
    INTERVIEW_GRPC_URL: `127.0.0.1:${interview.grpcPort}`,
    NOTIFICATION_GRPC_URL: `127.0.0.1:${notification.grpcPort}`,
    OFFER_GRPC_URL: `127.0.0.1:${offer.grpcPort}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_RATE_LIMIT: '1000',
    // The whole-API sweeps post to /open far more often than a board may: the limit has its own tests.
    OPEN_API_RATE_LIMIT: '100000',
    LOG_LEVEL: 'silent',
  });
  const connection = await connectMongo({ url: mongoUrl, dbName: gatewayConfig.MONGO_DB, logger });
  const gateway = createGateway({ config: gatewayConfig, connection, logger });
  await gateway.syncIndexes();
  await gateway.ensureFirstAdmin(() => undefined);
  const server: Server = await new Promise((resolve) => {
    const listening = gateway.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    amqpUrl,
    exchange: requisitionConfig.AMQP_EXCHANGE,
    smtp,
    advanceClock(ms: number) {
      clockOffsetMs += ms;
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      gateway.close();
      await connection.close();
      await offer.stop();
      await notification.stop();
      await interview.stop();
      await resume.stop();
      await requisition.stop();
      await dropDatabase(mongoUrl, resumeConfig.MONGO_DB);
      await dropDatabase(mongoUrl, gatewayConfig.MONGO_DB);
      await dropDatabase(mongoUrl, requisitionConfig.MONGO_DB);
      await dropDatabase(mongoUrl, interviewConfig.MONGO_DB);
      await dropDatabase(mongoUrl, notificationConfig.MONGO_DB);
      await dropDatabase(mongoUrl, offerConfig.MONGO_DB);
      await smtp.stop();
    },
  };
}
