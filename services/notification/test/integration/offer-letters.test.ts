import { queueDepth, waitUntil } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { accepted, ANSWER_LINKS, anOffer, aPdf, created, declined, expired, OfferFixture, sent } from '../fixtures/offer-fixtures';
import { ServiceHarness } from './service-harness';

describe('offer letters and offer outcomes through the running service (FerretDB + RabbitMQ + SMTP)', () => {
  const h = new ServiceHarness();
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await aPdf('Dear Ann Lee, we are pleased to offer you the position of Backend Engineer.');
    await h.start();
  });
  afterAll(() => h.stop());

  const hrUser = (userId: string): Principal => ({ userId, roles: ['hr'] });
  const mailsTo = (offer: OfferFixture, count: number) =>
    waitUntil(() => h.smtp.to(offer.candidate.email).length >= count && h.smtp.to(offer.candidate.email), { timeoutMs: 15_000, description: `${count} mail(s)` });
  const inboxItem = (userId: string, eventType: string) =>
    waitUntil(
      async () => {
        const inbox = await h.client.listMyNotifications({ unreadOnly: false, page: { page: 1, pageSize: 20 } }, { principal: hrUser(userId) });
        return inbox.items.find((item) => item.eventType === eventType);
      },
      { timeoutMs: 15_000, description: `${eventType} in the inbox` },
    );

  it('mails the letter with its HTML body, the answer links and the PDF; a redelivery sends nothing, a second send mails again', async () => {
    const offer = anOffer();
    await h.publish(created(offer));
    const first = sent(offer, pdf);
    await h.publish(first);
    const [mail] = await mailsTo(offer, 1);

    expect(mail.subject).toBe('Offer of employment from ACME – Backend Engineer');
    expect(mail.html).toContain('<h1>Offer of Employment</h1>');
    expect(mail.html).toContain('<td style="border:1px solid #ccc;padding:6px 12px;text-align:left">2026-04-01</td>');
    expect(mail.html).toContain('<p>Please answer by 10 Apr 2026.</p>');
    expect(mail.html).toContain('<a href="https://hr.example.com/offer/accept?t&#x3D;signed.yes">Accept the offer</a>');
    expect(mail.html).toContain('<a href="https://hr.example.com/offer/decline?t&#x3D;signed.no">Decline the offer</a>');
    expect(mail.html).not.toMatch(/<script|steal\(\)|onmouseover|javascript:|<img|tracker\.example/);
    expect(mail.text).toMatch(/^Offer of Employment\n\nDear Ann Lee,/);
    expect(mail.text).toContain(`Accept the offer: ${ANSWER_LINKS.acceptUrl}\nDecline the offer: ${ANSWER_LINKS.declineUrl}`);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: `${offer.ref.number}.pdf`, contentType: 'application/pdf' });
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);

    // Prefetch 1: once the second send's mail is out, the redelivered first send before it has been handled.
    await h.publish(first);
    const second = sent(offer, pdf, { sequence: 2 });
    await h.publish(second);
    const mails = await mailsTo(offer, 2);
    expect(mails).toHaveLength(2);
    expect(mails[1].attachments[0].content.equals(pdf)).toBe(true);
    expect(mails[0].messageId).not.toBe(mails[1].messageId);
    for (const queue of [`${h.queue}.retry.100ms`, `${h.queue}.retry.200ms`, `${h.queue}.dlq`]) expect(await queueDepth(h.config.AMQP_URL, queue)).toBe(0);

    for (const event of [first, second]) {
      const deliveries = await h.deliveries(event.id);
      expect(deliveries).toHaveLength(1);
      expect(deliveries[0]).toMatchObject({
        eventType: 'offer.offer.sent.v1',
        channel: 'email',
        templateKey: 'offer.letter',
        status: 'sent',
        attempts: 1,
        recipientEmail: `a***@${offer.candidate.email.split('@')[1]}`,
        recipientLocale: 'en',
        subject: 'Offer of employment from ACME – Backend Engineer',
      });
    }
  });

  it('tells the HR who created the offer, in their inbox, that the candidate accepted', async () => {
    const offer = anOffer();
    await h.publish(created(offer));
    const answer = accepted(offer);
    await h.publish(answer);
    const item = await inboxItem(offer.createdBy, 'offer.offer.accepted.v1');
    expect(item.title).toBe('候选人已接受录用');
    expect(item.body).toContain(`Ann Lee已接受录用通知 ${offer.ref.number}（Backend Engineer，R&D），入职日期：2026年4月20日。`);
    const deliveries = await h.deliveries(answer.id);
    expect(deliveries.map((d) => [d.channel, d.recipientUserId, d.recipientEmail, d.status])).toEqual([['inbox', offer.createdBy, '', 'sent']]);
    expect(h.smtp.to(offer.candidate.email)).toHaveLength(0);
  });

  it("tells the HR of a decline with its reason and of an expiry, naming the candidate from the letter's send", async () => {
    const [declining, lapsing] = [anOffer(), anOffer()];
    for (const offer of [declining, lapsing]) {
      await h.publish(created(offer));
      await h.publish(sent(offer, pdf));
      await mailsTo(offer, 1);
    }
    await h.publish(declined(declining, '已接受其他公司的录用'));
    const declineItem = await inboxItem(declining.createdBy, 'offer.offer.declined.v1');
    expect(declineItem.title).toBe('候选人已婉拒录用');
    expect(declineItem.body).toContain(`Ann Lee的录用通知 ${declining.ref.number}已被候选人婉拒。`);
    expect(declineItem.body).toContain('婉拒原因：已接受其他公司的录用');

    await h.publish(expired(lapsing));
    const expiryItem = await inboxItem(lapsing.createdBy, 'offer.offer.expired.v1');
    expect(expiryItem).toMatchObject({ title: '录用通知已过期', body: expect.stringContaining(`Ann Lee的录用通知 ${lapsing.ref.number}已于 2026年4月10日 23:59 过期`) });
  });

  it('refuses a letter whose attachment is not a PDF: dead-lettered, nothing mailed', async () => {
    const offer = anOffer();
    const forged = sent(offer, pdf, {
      attachments: [{ filename: 'offer.pdf.exe', contentType: 'application/octet-stream', content: Buffer.from('MZ\x90\x00').toString('base64'), encoding: 'base64' }],
    });
    await h.publish(forged);
    await waitUntil(async () => (await queueDepth(h.config.AMQP_URL, `${h.queue}.dlq`)) === 1, { timeoutMs: 15_000, description: 'the event dead-lettered' });
    expect(h.smtp.to(offer.candidate.email)).toHaveLength(0);
    expect(await h.deliveries(forged.id)).toEqual([]);
  });
});
