import { waitUntil } from '@hr/testing';
import { aSnapshot, candidateResponded, evaluationRequested, reminderDue, scheduled } from '../fixtures/interview-fixtures';
import { interviewer, ServiceHarness } from './service-harness';

describe('reminders, evaluation requests and candidate answers through the running service', () => {
  const h = new ServiceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const inboxOf = (userId: string) => h.client.listMyNotifications({ unreadOnly: false, page: { page: 1, pageSize: 20 } }, { principal: interviewer(userId) });

  it('reminds the candidate and the interviewers, without the invitation or links', async () => {
    const snapshot = aSnapshot({ format: { kind: 'onsite', address: '1 Century Ave, Shanghai', room: 'Room 301', link: 'https://not.for.onsite.example' } });
    await h.publish(reminderDue(snapshot));
    const [toAnn, toWang] = await Promise.all(
      [snapshot.candidate.email, snapshot.interviewers[0].email].map((address) => h.smtp.waitFor((m) => m.envelope.to.includes(address!), { timeoutMs: 15_000 })),
    );
    expect(toAnn.subject).toBe('Reminder: interview for Backend Engineer (5 Mar 2026, 14:00)');
    expect(toAnn.text).toContain('Address: 1 Century Ave, Shanghai, Room 301');
    expect(toAnn.text).not.toContain('not.for.onsite');
    expect(toWang.subject).toBe('面试提醒：Backend Engineer（2026年3月5日 14:00）');
    expect(toAnn.attachments).toEqual([]);
    await waitUntil(async () => (await inboxOf(snapshot.interviewers[1].userId!)).items.some((i) => i.templateKey === 'interview.reminder'), { timeoutMs: 15_000 });
  });

  it('asks only the interviewers still owing an evaluation, by e-mail and in their inbox', async () => {
    const snapshot = aSnapshot();
    const [wang, bob] = snapshot.interviewers;
    const event = evaluationRequested(snapshot, [bob.userId!]);
    await h.publish(event);
    const toBob = await h.smtp.waitFor((m) => m.envelope.to.includes(bob.email!), { timeoutMs: 15_000 });
    expect(toBob.subject).toBe('Evaluation requested: Ann Lee (Backend Engineer)');
    await waitUntil(async () => (await h.deliveries(event.id)).every((d) => d.status === 'sent'));
    const deliveries = await h.deliveries(event.id);
    expect(deliveries.map((d) => [d.channel, d.recipientUserId]).sort()).toEqual([
      ['email', bob.userId],
      ['inbox', bob.userId],
    ]);
    expect((await inboxOf(bob.userId!)).items[0]).toMatchObject({ templateKey: 'evaluation.requested', title: 'Evaluation requested: Ann Lee (Backend Engineer)' });
    expect(h.smtp.to(wang.email!)).toHaveLength(0);
    expect((await inboxOf(wang.userId!)).items).toEqual([]);
  });

  it('tells the HR who created the interview, in their inbox only, naming the interview from the earlier invitation', async () => {
    const snapshot = aSnapshot();
    const creator = `u-hr-creator-${snapshot.interviewId.slice(0, 8)}`;
    await h.publish(scheduled(snapshot));
    await h.smtp.waitFor((m) => m.envelope.to.includes(snapshot.candidate.email!), { timeoutMs: 15_000 });

    const answer = candidateResponded(snapshot, 'declined', creator, '那天要出差');
    await h.publish(answer);
    const inbox = await waitUntil(async () => {
      const result = await inboxOf(creator);
      return result.items.length === 1 && result;
    }, { timeoutMs: 15_000, description: "the HR's inbox item" });
    expect(inbox.items[0].title).toBe('候选人无法参加面试');
    expect(inbox.items[0].body).toContain('Ann Lee（Backend Engineer，初试，2026年3月5日 14:00）：候选人表示无法参加，请重新安排。');
    expect(inbox.items[0].body).toContain('候选人留言：那天要出差');
    const deliveries = await h.deliveries(answer.id);
    expect(deliveries.map((d) => [d.channel, d.recipientUserId, d.recipientEmail])).toEqual([['inbox', creator, '']]);
  });

  it('still tells the HR when the interview was never seen here, by its id', async () => {
    const snapshot = aSnapshot();
    await h.publish(candidateResponded(snapshot, 'confirmed', 'u-hr-unknown-interview'));
    const inbox = await waitUntil(async () => {
      const result = await inboxOf('u-hr-unknown-interview');
      return result.items.length === 1 && result;
    }, { timeoutMs: 15_000 });
    expect(inbox.items[0]).toMatchObject({ title: '候选人已确认参加面试', body: expect.stringContaining(`面试 ${snapshot.interviewId}：候选人已确认参加。`) });
  });
});
