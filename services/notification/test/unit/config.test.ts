import { loadConfig } from '@hr/platform';
import { notificationConfigSchema } from '../../src/config';
import { mailDestination } from '../../src/infra/mailer';

const required = { MONGO_URL: 'mongodb://127.0.0.1:27017', AMQP_URL: 'amqp://127.0.0.1', INTERNAL_TOKEN_SECRET: 'x'.repeat(32) };

describe('notification service configuration', () => {
  it('has the defaults of the notification service', () => {
    const config = loadConfig(notificationConfigSchema, required);
    expect(config).toMatchObject({ GRPC_PORT: 50054, MONGO_DB: 'hr_notification', NOTIFY_SWEEP_MS: 30_000, NOTIFY_DEFAULT_LOCALE: 'zh-CN', DATA_DIR: '.data' });
    expect(config.SMTP_HOST).toBeUndefined();
  });

  it('names the variable a bad value is in', () => {
    expect(() => loadConfig(notificationConfigSchema, { ...required, NOTIFY_SWEEP_MS: '0' })).toThrow(/NOTIFY_SWEEP_MS/);
    expect(() => loadConfig(notificationConfigSchema, { ...required, NOTIFY_DEFAULT_LOCALE: 'fr' })).toThrow(/NOTIFY_DEFAULT_LOCALE/);
    expect(() => loadConfig(notificationConfigSchema, { ...required, SMTP_USER: 'u' })).toThrow(/SMTP_PASSWORD/);
  });

  it('describes where mail goes without any address or user name', () => {
    const smtp = loadConfig(notificationConfigSchema, { ...required, SMTP_HOST: 'smtp.example.com', SMTP_USER: 'hr@acme.example', SMTP_PASSWORD: 'pw' });
    expect(mailDestination(smtp)).toEqual({ transport: 'smtp', host: 'smtp.example.com', port: 587, secure: false });
    expect(mailDestination(loadConfig(notificationConfigSchema, { ...required, DATA_DIR: '/srv/hr' }))).toEqual({ transport: 'eml-files', directory: '/srv/hr/mail' });
  });
});
