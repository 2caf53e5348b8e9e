import type { EventEnvelope } from '@hr/contracts';
import type { Logger } from '@hr/platform';
import { notify, NotifyRequest } from '../app/notify';
import type { InterviewDigestRepository, NotificationDeps, OfferDigestRepository } from '../app/ports';
import type { Locale } from '../domain/notification';
import type { Recipients } from './interview-recipients';

/** What the event handlers share. */
export interface HandlerContext {
  deps: NotificationDeps;
  interviews: InterviewDigestRepository;
  offers: OfferDigestRepository;
  /** The language of a user the event says nothing about (e.g. the HR who created an interview). */
  defaultLocale: Locale;
  /** The company time zone, for times written outside a template. */
  timeZone: string;
  logger: Logger;
}

/**
 * Hands one event's recipients to notify (one call, so every message is rendered and checked before
 * any is stored) and logs the outcome by counts: a redelivered event shows as duplicates, and nobody's
 * name or address reaches the log.
 */
export async function notifyAll(ctx: HandlerContext, event: EventEnvelope, request: Omit<NotifyRequest, 'event' | 'recipients'> & Recipients): Promise<void> {
  const { recipients, unreachable, ...rest } = request;
  const log = { eventId: event.id, type: event.type, templateKey: request.templateKey };
  if (unreachable > 0) ctx.logger.warn({ ...log, unreachable }, 'participants without an e-mail address or user id are not notified');
  if (recipients.length === 0) return void ctx.logger.warn(log, 'event has nobody to notify');
  const result = await notify(ctx.deps, { event, recipients, ...rest });
  const statuses = Object.values(result.statuses);
  ctx.logger.info(
    {
      ...log,
      created: result.created.length,
      duplicates: result.duplicates.length,
      sent: statuses.filter((s) => s === 'sent').length,
      retrying: statuses.filter((s) => s === 'pending').length,
      failed: statuses.filter((s) => s === 'failed').length,
    },
    result.created.length === 0 ? 'event already notified: nothing sent again' : 'event notified',
  );
}
