import { queryDeliveryLog } from '../../src/app/delivery-log';
import { notify } from '../../src/app/notify';
import { retryDue } from '../../src/app/retry-due';
import { anEvent, ICS, invitationVariables, NotificationHarness, RETRY } from './notification-harness';

describe('notify over SMTP (FerretDB/MongoDB + SMTP catcher)', () => {
  const h = new NotificationHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => h.smtp.clear());

  const candidate = { email: 'ann@example.com', name: 'Ann', locale: 'en' as const };

  it('delivers an e-mail once, with the .ics as attachment and alternative, and records it sent', async () => {
    const event = anEvent();
    const result = await notify(h.deps, {
      event,
      recipients: [candidate, { userId: 'u-interviewer', email: 'bo@example.com', name: '王博', locale: 'zh-CN' }],
      templateKey: 'interview.invitation',
      variables: invitationVariables,
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: ICS }],
    });
    expect(result.created).toHaveLength(3);
    expect(Object.values(result.statuses)).toEqual(['sent', 'sent', 'sent']);

    const toAnn = await h.smtp.waitFor((m) => m.envelope.to.includes('ann@example.com'));
    expect(toAnn.subject).toBe('Interview invitation: Backend Engineer (5 Mar 2026, 14:00)');
    expect(toAnn.from).toBe('hr@acme.example');
    expect(toAnn.text).toContain('Dear Ann,');
    expect(toAnn.html).toContain('<a href="https://meet.example.com/x">');
    const calendars = toAnn.attachments.filter((a) => a.contentType === 'text/calendar');
    expect(calendars.length).toBeGreaterThanOrEqual(1);
    expect(calendars.every((a) => a.content.toString('utf8').includes('UID:interview-1@hr'))).toBe(true);
    expect(toAnn.raw.toString('utf8')).toMatch(/text\/calendar; charset=utf-8; method=REQUEST/i);

    const toBo = await h.smtp.waitFor((m) => m.envelope.to.includes('bo@example.com'));
    expect(toBo.subject).toBe('面试邀请：Backend Engineer（2026年3月5日 14:00）');
    expect(h.smtp.messages).toHaveLength(2);

    const log = await queryDeliveryLog(h.deps, { eventId: event.id }, { page: 1, pageSize: 10 });
    expect(log.total).toBe(3);
    expect(log.items.map((i) => [i.channel, i.status, i.attempts]).sort()).toEqual([
      ['email', 'sent', 1],
      ['email', 'sent', 1],
      ['inbox', 'sent', 1],
    ]);
  });

  it('sends nothing new when the same event comes again, even twice at once', async () => {
    const event = anEvent();
    const request = { event, recipients: [candidate], templateKey: 'interview.reminder', variables: invitationVariables };
    await notify(h.deps, request);
    await h.smtp.waitFor((m) => m.subject.startsWith('Reminder'));

    const [again, concurrent] = await Promise.all([notify(h.deps, request), notify(h.deps, request)]);
    expect(again.created).toEqual([]);
    expect(concurrent.created).toEqual([]);
    expect(again.duplicates).toHaveLength(1);
    const marker = anEvent();
    await notify(h.deps, { ...request, event: marker, templateKey: 'generic', variables: { title: 'marker' } });
    await h.smtp.waitFor((m) => m.subject === 'marker');
    expect(h.smtp.messages.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(1);
  });

  it('makes one notification when the same event is first delivered twice at once', async () => {
    const request = { event: anEvent(), recipients: [candidate], templateKey: 'generic', variables: { title: 'race' } };
    const results = await Promise.all([notify(h.deps, request), notify(h.deps, request)]);
    expect(results.flatMap((r) => r.created)).toHaveLength(1);
    expect(results.flatMap((r) => r.duplicates)).toHaveLength(1);
    // A later notification caught proves every delivery before it has been made (the catcher keeps a
    // message before it answers), so counting the race's messages after it is final.
    await notify(h.deps, { ...request, event: anEvent(), variables: { title: 'race marker' } });
    await h.smtp.waitFor((m) => m.subject === 'race marker');
    expect(h.smtp.messages.filter((m) => m.subject === 'race')).toHaveLength(1);
    const log = await queryDeliveryLog(h.deps, { eventId: request.event.id }, { page: 1, pageSize: 10 });
    expect(log.items.map((i) => [i.channel, i.status, i.attempts])).toEqual([['email', 'sent', 1]]);
  });

  it('retries a failing SMTP delivery with backoff and ends failed with the SMTP error, visible in the delivery log', async () => {
    h.smtp.failNext(RETRY.maxAttempts, { code: 451, message: '4.3.0 mailbox temporarily locked' });
    const event = anEvent('interview.interview.cancelled.v1');
    const start = h.clock;
    const { created } = await notify(h.deps, { event, recipients: [candidate], templateKey: 'interview.cancelled', variables: invitationVariables });
    const id = created[0];

    let stored = await h.deps.notifications.get(id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: new Date(start.getTime() + RETRY.baseDelayMs) });
    expect(stored?.lastError).toContain('451');

    expect((await retryDue(h.deps, h.advance(RETRY.baseDelayMs - 1))).attempted).toBe(0);
    expect((await retryDue(h.deps, h.advance(1))).byStatus.pending).toBe(1);
    stored = await h.deps.notifications.get(id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: new Date(h.clock.getTime() + RETRY.baseDelayMs * RETRY.factor) });

    expect((await retryDue(h.deps, h.advance(RETRY.baseDelayMs * RETRY.factor))).byStatus.failed).toBe(1);
    stored = await h.deps.notifications.get(id);
    expect(stored).toMatchObject({ status: 'failed', attempts: 3, failedAt: h.clock });
    expect(stored?.lastError).toContain('451 4.3.0 mailbox temporarily locked');
    expect(stored?.nextAttemptAt).toBeUndefined();
    expect(h.smtp.refused).toHaveLength(3);
    expect(h.smtp.messages).toHaveLength(0);

    expect((await retryDue(h.deps, h.advance(24 * 3600_000))).attempted).toBe(0);
    const log = await queryDeliveryLog(h.deps, { status: 'failed', eventType: 'interview.interview.cancelled.v1' }, { page: 1, pageSize: 10 });
    expect(log.items).toEqual([expect.objectContaining({ id, status: 'failed', attempts: 3, lastError: expect.stringContaining('mailbox temporarily locked'), subject: expect.stringContaining('Interview cancelled') })]);
  });

  it('delivers on a later attempt after a transient failure', async () => {
    h.smtp.failNext(1, { code: 421, message: 'service not available' });
    const { created } = await notify(h.deps, { event: anEvent(), recipients: [candidate], templateKey: 'generic', variables: { title: 'second try' } });
    expect((await h.deps.notifications.get(created[0]))?.status).toBe('pending');
    expect((await retryDue(h.deps, h.advance(RETRY.baseDelayMs))).byStatus.sent).toBe(1);
    expect(await h.deps.notifications.get(created[0])).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await h.deps.notifications.get(created[0]))?.lastError).toBeUndefined();
    expect(h.smtp.messages.filter((m) => m.subject === 'second try')).toHaveLength(1);
  });

  it('fails at once on a permanent SMTP error', async () => {
    h.smtp.failNext(1, { code: 550, message: '5.1.1 no such mailbox' });
    const { created, statuses } = await notify(h.deps, { event: anEvent(), recipients: [candidate], templateKey: 'generic', variables: {} });
    expect(statuses[created[0]]).toBe('failed');
    expect(await h.deps.notifications.get(created[0])).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('550') });
  });

  it('stores nothing when the variables do not fit the template', async () => {
    const event = anEvent();
    await expect(notify(h.deps, { event, recipients: [candidate], templateKey: 'interview.invitation', variables: { positionTitle: 'x' } })).rejects.toMatchObject({
      reason: 'TEMPLATE_VARIABLES_INVALID',
    });
    expect((await queryDeliveryLog(h.deps, { eventId: event.id }, { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('filters the delivery log by date range', async () => {
    const before = h.advance(3600_000);
    await notify(h.deps, { event: anEvent('offer.offer.sent.v1'), recipients: [candidate], templateKey: 'generic', variables: {} });
    const inRange = await queryDeliveryLog(h.deps, { eventType: 'offer.offer.sent.v1', from: before, to: h.advance(1) }, { page: 1, pageSize: 10 });
    const outOfRange = await queryDeliveryLog(h.deps, { eventType: 'offer.offer.sent.v1', to: before }, { page: 1, pageSize: 10 });
    expect(inRange.total).toBe(1);
    expect(outOfRange.total).toBe(0);
  });
});
