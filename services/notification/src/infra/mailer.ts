import path from 'node:path';
import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';
import type { Logger } from '@hr/platform';
import type { EmailSender, OutgoingEmail } from '../app/ports';
import type { NotificationSettings } from '../config';
import { calendarMethod } from '../domain/calendar-method';
import type { MessageAttachment } from '../domain/notification';
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

/** Where mail goes, for the start-up log: the SMTP server or the .eml directory; never an address or user name. */
export function mailDestination(settings: Pick<MailSettings, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'DATA_DIR'>) {
  if (!settings.SMTP_HOST) return { transport: 'eml-files', directory: path.resolve(settings.DATA_DIR, 'mail') };
  return { transport: 'smtp', host: settings.SMTP_HOST, port: settings.SMTP_PORT, secure: settings.SMTP_SECURE };
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
 * The message as nodemailer builds it. A calendar attachment goes in twice, as RFC 6047 (iMIP) and
 * the big mail clients expect: as the text/calendar alternative of the body, which makes clients show
 * accept/decline, and as the `invite.ics` attachment. Both parts carry `method=` equal to the METHOD
 * inside the calendar (RFC 6047 §2.4), read from the content. nodemailer's `icalEvent` is not used: it
 * would add a third, application/ics copy.
 */
export function toMailOptions(email: OutgoingEmail, from: string): SendMailOptions {
  const calendar = email.attachments.find((a) => CALENDAR.test(a.contentType));
  const ics = calendar && decoded(calendar);
  const method = ics ? calendarMethod(ics) : undefined;
  const calendarType = `text/calendar; charset=utf-8${method ? `; method=${method}` : ''}`;
  return {
    from,
    to: { name: email.to.name ?? '', address: email.to.address },
    subject: email.subject,
    text: email.text,
    html: email.html,
    // Stable across retries, so a receiving system can tell a retry from a new message.
    messageId: `<${email.id}@${domainOf(from)}>`,
    // A calendar without METHOD is a plain file, not an invitation: attached, but no alternative part.
    alternatives: ics && method ? [{ contentType: calendarType, content: ics }] : undefined,
    attachments: email.attachments.map((a) =>
      a === calendar
        ? { filename: a.filename, content: ics, contentType: calendarType }
        : { filename: a.filename, content: a.content, encoding: a.encoding === 'base64' ? 'base64' : undefined, contentType: a.contentType },
    ),
  };
}

const CALENDAR = /^text\/calendar\b/i;

function decoded(attachment: MessageAttachment): string {
  return attachment.encoding === 'base64' ? Buffer.from(attachment.content, 'base64').toString('utf8') : attachment.content;
}

function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'localhost';
}
