import { z } from 'zod';
import { baseConfigSchema, eventingConfigSchema, grpcServerConfigSchema, unsetWhenEmpty } from '@hr/platform';
import { LOCALES } from './domain/notification';

const optionalText = unsetWhenEmpty(z.string().min(1));

/** What the notification core needs: mail transport, message settings and the retry policy. */
export const notificationSettingsSchema = z
  .object({
    DATA_DIR: z.string().min(1).default('.data'),
    COMPANY_NAME: z.string().trim().min(1).default('HR'),
    COMPANY_TIMEZONE: baseConfigSchema.shape.COMPANY_TIMEZONE,
    /** Without it no SMTP server is used: each message is written as an .eml file under DATA_DIR/mail. */
    SMTP_HOST: optionalText,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
    SMTP_SECURE: z.stringbool().default(false),
    SMTP_USER: optionalText,
    SMTP_PASSWORD: optionalText,
    SMTP_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    MAIL_FROM: z.string().regex(/@/, 'must contain an e-mail address, e.g. "ACME 招聘" <hr@acme.com>').default('"HR" <no-reply@localhost>'),
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    NOTIFY_RETRY_BASE_MS: z.coerce.number().int().positive().default(60_000),
    NOTIFY_RETRY_FACTOR: z.coerce.number().min(1).default(4),
    NOTIFY_RETRY_MAX_MS: z.coerce.number().int().positive().default(6 * 3600_000),
    /** How long a started delivery is reserved before a crashed sender's work is taken over. */
    NOTIFY_CLAIM_MS: z.coerce.number().int().positive().default(120_000),
  })
  .refine((c) => !c.SMTP_USER === !c.SMTP_PASSWORD, { path: ['SMTP_PASSWORD'], message: 'SMTP_USER and SMTP_PASSWORD go together' });

export const notificationConfigSchema = baseConfigSchema
  .extend({
    ...grpcServerConfigSchema.shape,
    ...eventingConfigSchema.shape,
    GRPC_PORT: grpcServerConfigSchema.shape.GRPC_PORT.default(50054),
    MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_notification'),
    /** How often deliveries waiting out their backoff (or left by a crash) are tried again. */
    NOTIFY_SWEEP_MS: z.coerce.number().int().positive().default(30_000),
    /** The language of a user an event says nothing about (e.g. the HR told of a candidate's answer). */
    NOTIFY_DEFAULT_LOCALE: z.enum(LOCALES).default('zh-CN'),
  })
  .and(notificationSettingsSchema);

export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;
