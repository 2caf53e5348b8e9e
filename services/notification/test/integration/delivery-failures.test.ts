import { notificationV1 } from '@hr/contracts';
import { drainQueue, queueDepth, waitUntil } from '@hr/testing';
import { aSnapshot, reminderDue, scheduled } from '../fixtures/interview-fixtures';
import { admin, hr, interviewer, RETRY_BASE_MS, ServiceHarness } from './service-harness';

describe('delivery failures and the delivery log through the running service', () => {
  const h = new ServiceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  /** A reminder to the candidate alone: one e-mail, one delivery to follow. */
  const candidateOnly = (email: string) => reminderDue(aSnapshot({ interviewers: [], candidate: { name: 'Zhang San', email, locale: 'en' } }));
  /** The event's one delivery once it is settled in `status` (an attempt in flight is pending without an error yet). */
  const onlyDelivery = async (eventId: string, status: string) =>
    waitUntil(async () => {
      const deliveries = await h.deliveries(eventId);
      const settled = deliveries.length === 1 && deliveries[0].status === status && (status !== 'pending' || deliveries[0].lastError !== '');
      return settled && deliveries[0];
    }, { timeoutMs: 15_000, description: `the delivery to be ${status}` });

  it('retries a 4xx refusal from the sweep once its backoff has passed, and sends it', async () => {
    const email = `retry.${Date.now()}@example.com`;
    h.smtp.failNext(1, { code: 451, message: '4.3.0 mailbox temporarily locked' });
    const event = candidateOnly(email);
    await h.publish(event);

    const waiting = await onlyDelivery(event.id, 'pending');
    expect(waiting).toMatchObject({ attempts: 1, lastError: expect.stringContaining('451 4.3.0 mailbox temporarily locked') });
    expect(h.smtp.refused).toHaveLength(1);
    expect(h.smtp.to(email)).toHaveLength(0);

    h.advance(RETRY_BASE_MS);
    const mail = await h.smtp.waitFor((m) => m.envelope.to.includes(email), { timeoutMs: 15_000 });
    expect(mail.subject).toMatch(/^Reminder: interview for Backend Engineer/);
    expect(await onlyDelivery(event.id, 'sent')).toMatchObject({ attempts: 2, lastError: '' });
    expect(h.smtp.to(email)).toHaveLength(1);
  });

  it('ends a 5xx refusal as failed with the SMTP error, shown to admins only and with the address masked', async () => {
    const email = `zhang.san.${Date.now()}@example.com`;
    h.smtp.failNext(1, { code: 550, message: `5.1.1 <${email}>: mailbox unavailable` });
    const event = candidateOnly(email);
    await h.publish(event);

    const failed = await onlyDelivery(event.id, 'failed');
    expect(failed).toMatchObject({ channel: 'email', attempts: 1, recipientEmail: 'z***@example.com', recipientLocale: 'en', subject: expect.stringMatching(/^Reminder/) });
    expect(failed.lastError).toBe('550 5.1.1 <z***@example.com>: mailbox unavailable');
    expect(failed.failedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(failed)).not.toContain(email);

    const byStatus = await h.client.queryDeliveryLog(notificationV1.QueryDeliveryLogRequest.fromPartial({ status: 'failed', eventType: event.type }), { principal: admin });
    expect(byStatus.deliveries.map((d) => d.id)).toContain(failed.id);

    // Failed stays failed and visible: no sweep sends it later, nothing disappears.
    h.advance(24 * 3600_000);
    await h.publish(candidateOnly(`marker.${Date.now()}@example.com`));
    await h.smtp.waitFor((m) => m.envelope.to.some((to) => to.startsWith('marker.')), { timeoutMs: 15_000 });
    expect(await onlyDelivery(event.id, 'failed')).toMatchObject({ attempts: 1 });
    expect(h.smtp.to(email)).toHaveLength(0);

    for (const principal of [hr, interviewer('u-someone')]) {
      await expect(h.deliveries(event.id, principal)).rejects.toMatchObject({ kind: 'permission_denied', reason: 'DELIVERY_LOG_ADMINS_ONLY' });
    }
    await expect(h.client.queryDeliveryLog(notificationV1.QueryDeliveryLogRequest.fromPartial({}))).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(h.client.queryDeliveryLog(notificationV1.QueryDeliveryLogRequest.fromPartial({ status: 'lost' }), { principal: admin })).rejects.toMatchObject({
      kind: 'invalid_argument',
    });
  });

  it('keeps an event its handler cannot process: retried, then parked in the dead-letter queue, nothing half-sent', async () => {
    // Valid by the event contract, too long for the templates: the handler refuses it before storing anything.
    const snapshot = aSnapshot({ durationMinutes: 25 * 60 });
    const event = scheduled(snapshot);
    await h.publish(event);

    const dlq = `${h.queue}.dlq`;
    await waitUntil(async () => (await queueDepth(h.config.AMQP_URL, dlq)) === 1, { timeoutMs: 15_000, description: 'the event in the dead-letter queue' });
    const [parked] = await drainQueue(h.config.AMQP_URL, dlq);
    expect(JSON.parse(parked.body).id).toBe(event.id);
    expect(parked.headers['x-attempt']).toBe(3);
    expect(String(parked.headers['x-last-error'])).toContain('variables do not fit template interview.invitation');
    expect(await h.deliveries(event.id)).toEqual([]);
    expect(h.smtp.to(snapshot.candidate.email!)).toHaveLength(0);
  });
});
