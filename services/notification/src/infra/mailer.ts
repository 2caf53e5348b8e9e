import path from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import type { Logger } from '@hr/platform';
import type { EmailSender, OutgoingEmail } from '../app/ports';
import type { NotificationSettings } from '../config';
import { DeliveryError } from '../domain/retry-policy';
import { toDeliveryFailure } from './delivery-failure';
import { writeEmlFile } from './eml-file.writer';

type MailSettings = Pick<
  NotificationSettings,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_TIMEOUT_MS' | 'MAIL_FROM' | 'DATA_DIR'
>;

/** SMTP when SMTP_HOST is set; otherwise every message becomes an .eml file under DATA_DIR/mail. */
export function createMailer(settings: MailSettings, logger: Logger): EmailSender {
  if (!settings.SMTP_HOST) return emlFileMailer(path.join(settings.DATA_DIR, 'mail'), settings.MAIL_FROM, logger);
  const transport = nodemailer.createTransport({
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT,
    secure: settings.SMTP_SECURE,
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD } : undefined,
    connectionTimeout: settings.SMTP_TIMEOUT_MS,
    greetingTimeout: settings.SMTP_TIMEOUT_MS,
    socketTimeout: settings.SMTP_TIMEOUT_MS,
  });
  return {
    async send(email) {
      try {
        await transport.sendMail(toMailOptions(email, settings.MAIL_FROM));
      } catch (error) {
        throw new DeliveryError(toDeliveryFailure(error));
      }
    },
    async close() {
      transport.close();
    },
  };
}

export function emlFileMailer(dir: string, from: string, logger: Logger): EmailSender {
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(email) {
      const info = await transport.sendMail(toMailOptions(email, from));
      const file = await writeEmlFile(dir, email.id, info.message as Buffer);
      // The path only: the recipient's address is personal data and stays out of logs.
      logger.info({ notificationId: email.id, file }, 'mail written to file (no SMTP configured)');
    },
    async close() {
      transport.close();
    },
  };
}

/**
 * The message as nodemailer builds it. A calendar attachment is also the message's text/calendar
 * alternative part, which is what makes mail clients show accept/decline buttons.
 */
export function toMailOptions(email: OutgoingEmail, from: string): SendMailOptions {
  const calendar = email.attachments.find((a) => /^text\/calendar\b/i.test(a.contentType));
  const method = calendar && /method=([A-Za-z-]+)/i.exec(calendar.contentType)?.[1]?.toUpperCase();
  return {
    from,
    to: { name: email.to.name ?? '', address: email.to.address },
    subject: email.subject,
    text: email.text,
    html: email.html,
    // Stable across retries, so a receiving system can tell a retry from a new message.
    messageId: `<${email.id}@${domainOf(from)}>`,
    attachments: email.attachments.map((a) => ({
      filename: a.filename,
      content: a.content,
      encoding: a.encoding === 'base64' ? 'base64' : undefined,
      contentType: a.contentType,
    })),
    icalEvent: calendar
      ? { method: method ?? 'PUBLISH', content: calendar.encoding === 'base64' ? Buffer.from(calendar.content, 'base64').toString('utf8') : calendar.content }
      : undefined,
  };
}

function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'localhost';
}
