import { EventEnvelope, OfferAccepted, OfferSent } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { EventProbe, rejectionOf } from '@hr/testing';
import { pdfText } from '../../services/offer/test/unit/pdf-text';
import { applicant, offerTerms } from './offer-applicants';
import { OfferClient, OfferSystem, PUBLIC_BASE_URL, generalManager, hr, hrManager, systemPerSuite, techHead } from './offer-harness';

const send = { toEmail: '', locale: '', templateId: '', templateVersion: 0 };
const tokenOf = (url: string) => url.slice(`${PUBLIC_BASE_URL}/public/v1/offer-responses/`.length);

describe('offer flow: three approvals, two sends, accepted through the link (real services, FerretDB, RabbitMQ)', () => {
  let system: OfferSystem;
  let client: OfferClient;
  let probe: EventProbe;

  systemPerSuite((started) => {
    system = started;
    ({ client, probe } = system);
  });

  const eventsOf = (id: string) => probe.events.filter((e) => (e.data as { offerId?: string }).offerId === id);

  it('goes from draft to accepted, publishing each fact', async () => {
    const who = await applicant(system);
    const terms = offerTerms(new Date(), who);
    const { offer: created } = await client.createOffer({ terms }, { principal: hr });
    const id = created!.id;
    expect(created).toMatchObject({ status: 'draft', number: expect.stringMatching(/^OFF-\d{4}-\d{5}$/), annualCash: '452000.00' });

    const { offer: submitted } = await client.submitOffer({ id }, { principal: hr });
    expect(submitted!.approval).toMatchObject({ round: 1, levelKeys: ['hr_manager', 'department_head', 'general_manager'] });
    await client.approveOffer({ id, comment: '薪资在预算内' }, { principal: hrManager });
    await client.approveOffer({ id, comment: '' }, { principal: techHead });
    const { offer: approved } = await client.approveOffer({ id, comment: '同意' }, { principal: generalManager });
    expect(approved!.status).toBe('approved');
    expect(approved!.approval!.history.map((h) => [h.levelKey, h.by, h.comment])).toEqual([
      ['hr_manager', 'u-hrm', '薪资在预算内'],
      ['department_head', 'u-tech-head', ''],
      ['general_manager', 'u-gm', '同意'],
    ]);
    expect(approved!.approval!.history.every((h) => h.at instanceof Date && h.round === 1)).toBe(true);
    const list = await client.listOffers({ statuses: [], approvedOnly: true, awaitingMe: false }, { principal: hr });
    expect(list.offers.map((o) => o.id)).toContain(id);

    const first = await client.sendOffer({ id, ...send }, { principal: hr });
    expect(first.offer).toMatchObject({ status: 'sent', sendCount: 1 });
    expect(first.send).toMatchObject({ sequence: 1, toEmail: who.email, sentBy: 'u-hr', templateVersion: 1, round: 1 });
    const sentEvent = await probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id);
    const data = sentEvent.data as any;
    expect(data).toMatchObject({ sequence: 1, recipient: { name: '张三', email: who.email, locale: 'zh-CN' } });
    expect(data.subject).toBe('示例科技录用通知书 – Java 开发工程师');
    expect(data.html).toContain('<table>');
    expect(data.acceptUrl.startsWith(`${PUBLIC_BASE_URL}/public/v1/offer-responses/`)).toBe(true);
    expect(data.html).toContain(data.acceptUrl);
    expect(data.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf', encoding: 'base64' })]);
    const pdf = Buffer.from(data.attachments[0].content, 'base64');
    const text = await pdfText(pdf);
    expect(text).toContain('张三');
    expect(text).toContain('¥30,000.00');

    const second = await client.sendOffer({ id, ...send, toEmail: 'zs.personal@example.org' }, { principal: hr });
    expect(second.offer!.sendCount).toBe(2);
    await probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id && (e.data as any).sequence === 2);
    const sends = await client.listSends({ id, includeContent: true }, { principal: hr });
    expect(sends.sendCount).toBe(2);
    expect(sends.sends.map((s) => [s.send!.sequence, s.send!.toEmail, s.pdf.subarray(0, 5).toString()])).toEqual([
      [1, who.email, '%PDF-'],
      [2, 'zs.personal@example.org', '%PDF-'],
    ]);

    const token = tokenOf((eventsOf(id).find((e) => e.type === OfferSent.type)!.data as any).acceptUrl);
    const described = await client.describeAnswerLink({ token });
    expect(described).toMatchObject({ action: 'accept', offerStatus: 'sent', candidateName: '张三', locale: 'zh-CN', companyName: '示例科技' });
    expect(await client.answerByLink({ token, reason: '' })).toEqual({ offerStatus: 'accepted', locale: 'zh-CN' });

    const accepted = await probe.waitFor((e) => e.type === OfferAccepted.type && (e.data as any).offerId === id);
    expect(accepted.data).toMatchObject({
      applicationId: who.applicationId,
      candidateId: who.candidateId,
      requisitionId: system.requisitionId,
      positionId: system.positionId,
      departmentId: 'tech',
      startDate: terms.startDate,
      via: 'link',
      candidateName: '张三',
      positionTitle: 'Java 开发工程师',
      probationMonths: 3,
    });
    expect(accepted.actor).toBeUndefined();
    expect(eventsOf(id).map((e: EventEnvelope) => e.type)).toEqual([
      'offer.offer.created.v1',
      'offer.offer.submitted.v1',
      'offer.offer.level-approved.v1',
      'offer.offer.level-approved.v1',
      'offer.offer.approved.v1',
      'offer.offer.sent.v1',
      'offer.offer.sent.v1',
      'offer.offer.accepted.v1',
    ]);

    const again = await rejectionOf<DomainError>(client.answerByLink({ token, reason: '' }));
    expect(again).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_ALREADY_ANSWERED' });
    const { offer: final } = await client.getOffer({ id }, { principal: hr });
    expect(final).toMatchObject({ status: 'accepted', sendCount: 2, answer: { answer: 'accepted', via: 'link', by: 'candidate' } });
  });
});
