import type { CaughtMessage } from '@hr/testing';
import { queueDepth, waitUntil } from '@hr/testing';
import { aSnapshot, calendarAddresses, cancelled, LINKS, parseInvitation, rescheduled, scheduled } from '../fixtures/interview-fixtures';
import type { InterviewSnapshot } from '../../src/events/interview-variables.mapper';
import { interviewer, ServiceHarness } from './service-harness';

/** The calendar parts of a message: the body's text/calendar alternative and the invite.ics attachment. */
function calendarParts(message: CaughtMessage) {
  const parts = message.attachments.filter((a) => a.contentType === 'text/calendar');
  return { parts, filenames: parts.map((a) => a.filename), parsed: parts.map((a) => parseInvitation(a.content.toString('utf8'))) };
}

/**
 * The candidate's calendar parts (both) name the company's mailbox and the candidate alone, and carry no
 * staff address anywhere; each interviewer's name the whole panel.
 */
function expectCalendarsPerAudience(snapshot: InterviewSnapshot, toCandidate: CaughtMessage, toInterviewers: CaughtMessage[]) {
  const staff = snapshot.interviewers.map((i) => i.email!);
  const candidateParts = calendarParts(toCandidate).parts.map((part) => part.content.toString('utf8'));
  expect(candidateParts).toHaveLength(2);
  for (const text of candidateParts) {
    expect(calendarAddresses(text)).toEqual({ organizer: 'hr@acme.example', attendees: [snapshot.candidate.email] });
    for (const address of staff) expect(text).not.toContain(address);
  }
  for (const mail of toInterviewers) {
    const parts = calendarParts(mail).parts.map((part) => calendarAddresses(part.content.toString('utf8')));
    expect(parts).toEqual([0, 1].map(() => ({ organizer: 'hr@acme.example', attendees: [snapshot.candidate.email, ...staff] })));
  }
}

describe('interview invitations through the running service (FerretDB + RabbitMQ + SMTP)', () => {
  const h = new ServiceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const mailTo = (address: string | undefined, predicate: (m: CaughtMessage) => boolean = () => true) =>
    h.smtp.waitFor((m) => m.envelope.to.includes(address!) && predicate(m), { timeoutMs: 15_000 });
  const [wangOf, bobOf] = [(s: InterviewSnapshot) => s.interviewers[0], (s: InterviewSnapshot) => s.interviewers[1]];

  it("invites the candidate and each interviewer over SMTP with a parseable REQUEST .ics; only the candidate gets the answer links, and the candidate's calendar no staff address", async () => {
    const snapshot = aSnapshot();
    await h.publish(scheduled(snapshot));
    const [toAnn, toWang, toBob] = await Promise.all([mailTo(snapshot.candidate.email), mailTo(wangOf(snapshot).email), mailTo(bobOf(snapshot).email)]);

    expect(toAnn.subject).toBe('Interview invitation: Backend Engineer (5 Mar 2026, 14:00)');
    expect(toWang.subject).toBe('面试安排：Backend Engineer（2026年3月5日 14:00）');
    expect(toBob.subject).toBe('Interview scheduled: Backend Engineer (5 Mar 2026, 14:00)');
    expect(toAnn.from).toBe('hr@acme.example');

    expect(toAnn.text).toContain(`Confirm attendance: ${LINKS.confirmUrl}`);
    expect(toAnn.text).toContain(`I cannot attend: ${LINKS.declineUrl}`);
    expect(toAnn.text).toContain('Please bring your ID card.');
    expect(toAnn.text).not.toContain('Candidate: Ann Lee');
    for (const mail of [toWang, toBob]) {
      expect(`${mail.text}${mail.html}`).not.toContain('hr.example.com/i/');
      expect(mail.text).not.toContain('Please bring your ID card.');
    }
    expect(toWang.text).toContain('候选人：Ann Lee');
    expect(toBob.text).toContain('Interviewers: 王芳, Bob Stone');

    for (const mail of [toAnn, toWang, toBob]) {
      const { filenames, parsed } = calendarParts(mail);
      expect(filenames.sort()).toEqual(['invite.ics', undefined].sort());
      expect(parsed).toEqual([0, 1].map(() => ({ method: 'REQUEST', uid: `interview-${snapshot.interviewId}@hr.example.com`, sequence: 0, status: 'CONFIRMED' })));
      expect(mail.attachments.some((a) => a.contentType === 'application/ics')).toBe(false);
      expect(mail.raw.toString('utf8')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r\n/);
    }
    expectCalendarsPerAudience(snapshot, toAnn, [toWang, toBob]);
  });

  it("puts the invitation in each interviewer's inbox, which only its owner reads and marks read", async () => {
    const snapshot = aSnapshot();
    const event = scheduled(snapshot);
    await h.publish(event);
    const wang = interviewer(wangOf(snapshot).userId!);
    const bob = interviewer(bobOf(snapshot).userId!);
    await waitUntil(async () => (await h.client.countMyUnread({}, { principal: wang })).unread === 1, { timeoutMs: 15_000, description: "wang's unread count" });

    const inbox = await h.client.listMyNotifications({ unreadOnly: false, page: { page: 1, pageSize: 10 } }, { principal: wang });
    expect(inbox.unread).toBe(1);
    expect(inbox.page).toEqual({ page: 1, pageSize: 10, total: 1 });
    const [item] = inbox.items;
    expect(item).toMatchObject({ eventId: event.id, eventType: 'interview.interview.scheduled.v1', templateKey: 'interview.invitation', title: '面试安排：Backend Engineer（2026年3月5日 14:00）' });
    expect(item.body).toContain('候选人：Ann Lee');
    expect(item.body).not.toContain('hr.example.com/i/');
    expect(item.readAt).toBeUndefined();

    await waitUntil(async () => (await h.client.countMyUnread({}, { principal: bob })).unread === 1, { timeoutMs: 15_000 });
    await expect(h.client.markRead({ id: item.id }, { principal: bob })).rejects.toMatchObject({ kind: 'not_found' });
    expect((await h.client.countMyUnread({}, { principal: interviewer('u-nobody') })).unread).toBe(0);
    await expect(h.client.countMyUnread({})).rejects.toMatchObject({ kind: 'unauthenticated' });

    expect(await h.client.markRead({ id: item.id }, { principal: wang })).toEqual({ unread: 0 });
    const after = await h.client.listMyNotifications({ unreadOnly: false, page: undefined }, { principal: wang });
    expect(after.unread).toBe(0);
    expect(after.items[0].readAt).toBeInstanceOf(Date);
    expect(await h.client.markAllRead({}, { principal: bob })).toEqual({ marked: 1, unread: 0 });
  });

  it('sends nothing a second time when the same event is delivered again', async () => {
    const snapshot = aSnapshot();
    const event = scheduled(snapshot);
    await h.publish(event);
    await waitUntil(async () => (await h.deliveries(event.id)).filter((d) => d.status === 'sent').length === 5, { timeoutMs: 15_000, description: 'five deliveries sent' });
    const caughtBefore = h.smtp.messages.length;

    await h.publish(event);
    // Prefetch 1: once the marker event's mail is out, the redelivered copy before it has been handled.
    const marker = aSnapshot();
    await h.publish(scheduled(marker));
    await mailTo(marker.candidate.email);
    await mailTo(wangOf(marker).email);
    await mailTo(bobOf(marker).email);

    expect(h.smtp.messages.length).toBe(caughtBefore + 3);
    for (const address of [snapshot.candidate.email!, wangOf(snapshot).email!, bobOf(snapshot).email!]) expect(h.smtp.to(address)).toHaveLength(1);
    const deliveries = await h.deliveries(event.id);
    expect(deliveries).toHaveLength(5);
    expect(deliveries.every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
    expect((await h.client.countMyUnread({}, { principal: interviewer(wangOf(snapshot).userId!) })).unread).toBe(1);
    // The copy was handled, not failed and parked for a retry that would come after the marker.
    for (const queue of [`${h.queue}.retry.100ms`, `${h.queue}.retry.200ms`, `${h.queue}.dlq`]) expect(await queueDepth(h.config.AMQP_URL, queue)).toBe(0);
  });

  it("reschedules in the candidate's language with the same UID and a higher SEQUENCE", async () => {
    const snapshot = aSnapshot({ candidate: { name: '李雷', email: `li.${Date.now()}@example.com`, locale: 'zh-CN' } });
    await h.publish(scheduled(snapshot));
    const invitation = await mailTo(snapshot.candidate.email);
    expect(invitation.subject).toBe('面试邀请：Backend Engineer（2026年3月5日 14:00）');
    expect(invitation.text).toMatch(/^李雷，您好：/);

    const moved = { ...snapshot, startsAt: '2026-03-06T02:00:00.000Z', sequence: 1 };
    await h.publish(rescheduled(moved, snapshot.startsAt));
    const update = await mailTo(snapshot.candidate.email, (m) => m.subject.startsWith('面试时间变更'));
    expect(update.subject).toBe('面试时间变更：Backend Engineer（2026年3月6日 10:00）');
    expect(update.text).toContain('原定于 2026年3月5日 14:00 的面试已调整');
    expect(update.text).toContain(LINKS.confirmUrl);
    const { parsed } = calendarParts(update);
    expect(parsed).toHaveLength(2);
    for (const calendar of parsed) expect(calendar).toMatchObject({ method: 'REQUEST', uid: `interview-${snapshot.interviewId}@hr.example.com`, sequence: 1 });
    const toWang = await mailTo(wangOf(snapshot).email, (m) => m.subject.startsWith('面试时间变更'));
    expect(toWang.text).not.toContain(LINKS.confirmUrl);
    expectCalendarsPerAudience(snapshot, update, [toWang]);
  });

  it("cancels with a CANCEL invitation to the candidate (their own calendar) and the interviewers", async () => {
    const snapshot = aSnapshot({ sequence: 2 });
    await h.publish(cancelled(snapshot, 'The position has been filled'));
    const [toAnn, toWang] = await Promise.all([mailTo(snapshot.candidate.email), mailTo(wangOf(snapshot).email)]);
    expect(toAnn.subject).toBe('Interview cancelled: Backend Engineer (5 Mar 2026, 14:00)');
    expect(toAnn.text).toContain('Reason: The position has been filled');
    expect(toWang.subject).toBe('面试已取消：Backend Engineer（2026年3月5日 14:00）');
    for (const mail of [toAnn, toWang]) {
      const { parsed } = calendarParts(mail);
      expect(parsed).toEqual([0, 1].map(() => ({ method: 'CANCEL', uid: `interview-${snapshot.interviewId}@hr.example.com`, sequence: 2, status: 'CANCELLED' })));
      expect(mail.raw.toString('utf8')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL\r\n/);
      expect(mail.raw.toString('utf8')).not.toMatch(/method=REQUEST/);
    }
    expectCalendarsPerAudience(snapshot, toAnn, [toWang]);
  });
});
