import { queueDepth, waitUntil } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { aSnapshot, rescheduled, roundDecided, scheduled } from '../fixtures/interview-fixtures';
import { anOffer, approved, created, rejected, returned } from '../fixtures/offer-fixtures';
import { ServiceHarness } from './service-harness';

describe("approval decisions and round results in the creating HR's inbox, through the running service", () => {
  const h = new ServiceHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const hrUser = (userId: string): Principal => ({ userId, roles: ['hr'] });
  const inboxOf = async (userId: string) =>
    (await h.client.listMyNotifications({ unreadOnly: false, page: { page: 1, pageSize: 20 } }, { principal: hrUser(userId) })).items;
  const inboxItem = (userId: string, eventType: string) =>
    waitUntil(async () => (await inboxOf(userId)).find((item) => item.eventType === eventType), { timeoutMs: 15_000, description: `${eventType} in the inbox` });

  it('tells the HR who created the offer that it is approved and ready to send; a redelivery adds nothing', async () => {
    const offer = anOffer();
    await h.publish(created(offer));
    const decision = approved(offer, '同意');
    await h.publish(decision);
    const item = await inboxItem(offer.createdBy, 'offer.offer.approved.v1');
    expect(item.title).toBe('录用审批已通过');
    expect(item.body).toContain(`录用通知 ${offer.ref.number}已通过全部审批，可以发送给候选人。`);
    expect(item.body).toContain('审批意见：同意');

    // Prefetch 1: once the later rejection is in the inbox, the redelivered approval before it was handled.
    await h.publish(decision);
    await h.publish(rejected(offer, 'x'));
    await inboxItem(offer.createdBy, 'offer.offer.rejected.v1');
    expect((await inboxOf(offer.createdBy)).filter((i) => i.eventType === 'offer.offer.approved.v1')).toHaveLength(1);
    const deliveries = await h.deliveries(decision.id);
    expect(deliveries.map((d) => [d.channel, d.recipientUserId, d.status])).toEqual([['inbox', offer.createdBy, 'sent']]);
  });

  it("tells the HR of a rejection and of a return for changes, with the approver's comment", async () => {
    const [refused, sentBack] = [anOffer(), anOffer()];
    for (const offer of [refused, sentBack]) await h.publish(created(offer));
    await h.publish(rejected(refused, '预算已冻结'));
    await h.publish(returned(sentBack, '请核对职级与入职日期'));

    const rejection = await inboxItem(refused.createdBy, 'offer.offer.rejected.v1');
    expect(rejection).toMatchObject({ title: '录用审批未通过', body: expect.stringContaining(`录用通知 ${refused.ref.number}在审批中被拒绝。`) });
    expect(rejection.body).toContain('审批意见：预算已冻结');
    const sentBackItem = await inboxItem(sentBack.createdBy, 'offer.offer.returned.v1');
    expect(sentBackItem).toMatchObject({ title: '录用审批已退回修改', body: expect.stringContaining('审批意见：请核对职级与入职日期') });
    expect(await inboxOf(refused.createdBy)).toHaveLength(1);
  });

  it("tells the HR who scheduled the interview its round's result; with the creator unknown nobody is told", async () => {
    const unseen = roundDecided(aSnapshot());
    await h.publish(unseen);

    const snapshot = aSnapshot();
    const creator = `u-hr-creator-${snapshot.interviewId.slice(0, 8)}`;
    await h.publish(scheduled(snapshot, creator));
    await h.smtp.waitFor((m) => m.envelope.to.includes(snapshot.candidate.email!), { timeoutMs: 15_000 });
    const decided = roundDecided(snapshot);
    await h.publish(decided);

    const item = await inboxItem(creator, 'interview.round.decided.v1');
    expect(item.title).toBe('面试轮次已通过');
    expect(item.body).toContain('Ann Lee（Backend Engineer，初试，2026年3月5日 14:00）：已通过，进入复试。');
    expect((await h.deliveries(decided.id)).map((d) => [d.channel, d.recipientUserId])).toEqual([['inbox', creator]]);
    // The contact (another HR) and the interviewers are not told of the result.
    expect((await inboxOf(snapshot.contact!.userId!)).filter((i) => i.eventType === 'interview.round.decided.v1')).toEqual([]);
    expect((await inboxOf(snapshot.interviewers[0].userId!)).filter((i) => i.eventType === 'interview.round.decided.v1')).toEqual([]);

    // Handled before the invitation (prefetch 1): warned and dropped, neither retried nor dead-lettered.
    expect(await h.deliveries(unseen.id)).toEqual([]);
    expect(await queueDepth(h.config.AMQP_URL, `${h.queue}.dlq`)).toBe(0);
  });

  it('remembers the creator from an invitation that arrives after a newer reschedule, keeping the newer time', async () => {
    const original = aSnapshot();
    const moved = { ...original, sequence: 1, startsAt: '2026-03-06T02:00:00.000Z' };
    const creator = `u-hr-creator-${original.interviewId.slice(0, 8)}`;
    await h.publish(rescheduled(moved, original.startsAt));
    await h.publish(scheduled(original, creator));
    await h.publish(roundDecided(original));
    const item = await inboxItem(creator, 'interview.round.decided.v1');
    expect(item.body).toContain('Ann Lee（Backend Engineer，初试，2026年3月6日 10:00）：已通过，进入复试。');
  });
});
