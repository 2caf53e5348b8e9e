import { OfferExpired, OfferSent } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { EventProbe, rejectionOf, waitUntil } from '@hr/testing';
import { expireDueOffer } from '../../services/offer/src/app/expire-offer';
import type { RunningOfferService } from '../../services/offer/src/offer-service';
import { applicant, approvedOffer, freshTerms, offerTerms } from './offer-applicants';
import { OfferClient, OfferSystem, TestClock, generalManager, hr, hrManager, systemPerSuite, techHead } from './offer-harness';

const HOUR = 3_600_000;
const send = { toEmail: '', locale: '', templateId: '', templateVersion: 0 };

/**
 * The service's clock runs an hour behind while the offer is prepared, so an expiry a few real seconds
 * away is comfortably in its future however slow the machine; then the clock is set right and agenda
 * fires the job at the real expiresAt.
 */
describe('offer expiry job (agenda on real FerretDB)', () => {
  const clock = new TestClock();
  let system: OfferSystem;
  let service: RunningOfferService;
  let client: OfferClient;
  let probe: EventProbe;

  systemPerSuite(
    (started) => {
      system = started;
      ({ service, client, probe } = system);
    },
    { clock },
  );

  it('expires an unanswered offer at its expiresAt; it can then neither be accepted nor sent', async () => {
    const who = await applicant(system);
    clock.offsetMs = -HOUR;
    const expiresAt = new Date(Date.now() + 4000);
    const id = await approvedOffer(client, offerTerms(clock.now(), who, { expiresAt }));
    await client.sendOffer({ id, ...send }, { principal: hr });
    const sent = await probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id);
    const token = (sent.data as any).acceptUrl.split('/public/v1/offer-responses/')[1];
    clock.offsetMs = 0;

    const expired = await probe.waitFor((e) => e.type === OfferExpired.type && (e.data as any).offerId === id, { timeoutMs: 20_000 });
    expect(expired.data).toMatchObject({ expiresAt: expiresAt.toISOString(), previousStatus: 'sent' });
    const { offer } = await client.getOffer({ id }, { principal: hr });
    expect(offer).toMatchObject({ status: 'expired', sendCount: 1 });
    expect(offer!.expiredAt!.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime());

    expect(await rejectionOf<DomainError>(client.answerByLink({ token, reason: '' }))).toMatchObject({
      kind: 'failed_precondition',
      reason: 'OFFER_LINK_EXPIRED',
    });
    const verbal = await rejectionOf<DomainError>(client.recordAnswer({ id, answer: 'accepted', comment: '' }, { principal: hr }));
    expect(verbal).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_EXPIRED' });
    expect(await rejectionOf<DomainError>(client.sendOffer({ id, ...send }, { principal: hr }))).toMatchObject({ reason: 'OFFER_EXPIRED' });
  });

  it('expires an approved offer that was never sent, at its expiresAt', async () => {
    const who = await applicant(system);
    clock.offsetMs = -HOUR;
    const expiresAt = new Date(Date.now() + 4000);
    const id = await approvedOffer(client, offerTerms(clock.now(), who, { expiresAt }));
    expect((await client.getOffer({ id }, { principal: hr })).offer).toMatchObject({ status: 'approved', sendCount: 0 });
    clock.offsetMs = 0;

    const expired = await probe.waitFor((e) => e.type === OfferExpired.type && (e.data as any).offerId === id, { timeoutMs: 20_000 });
    expect(expired.data).toMatchObject({ expiresAt: expiresAt.toISOString(), previousStatus: 'approved' });
    const { offer } = await client.getOffer({ id }, { principal: hr });
    expect(offer).toMatchObject({ status: 'expired', sendCount: 0 });
    expect(offer!.statusHistory.at(-1)).toMatchObject({ fromStatus: 'approved', toStatus: 'expired', by: 'system' });
    expect(await rejectionOf<DomainError>(client.sendOffer({ id, ...send }, { principal: hr }))).toMatchObject({ reason: 'OFFER_EXPIRED' });
  });

  it('still expires an offer renegotiated and approved again, at its new expiresAt', async () => {
    const who = await applicant(system);
    clock.offsetMs = -HOUR;
    const id = await approvedOffer(client, offerTerms(clock.now(), who, { expiresAt: new Date(Date.now() + 2000) }));
    const expiresAt = new Date(Date.now() + 8000);
    const salary = { currency: 'CNY', monthlyBase: '30000', monthsPerYear: 14, allowances: [], bonus: '0' };
    await client.recordAnswer({ id, answer: 'negotiated', comment: '改为14薪并延长答复期', salary, expiresAt }, { principal: hr });
    for (const approver of [hrManager, techHead, generalManager]) {
      const { offer } = await client.getOffer({ id }, { principal: hr });
      if (offer!.status === 'pending_approval') await client.approveOffer({ id, comment: '' }, { principal: approver });
    }
    expect((await client.getOffer({ id }, { principal: hr })).offer).toMatchObject({ status: 'approved', approval: { round: 2 } });
    clock.offsetMs = 0;

    const expired = await probe.waitFor((e) => e.type === OfferExpired.type && (e.data as any).offerId === id, { timeoutMs: 20_000 });
    expect(expired.data).toMatchObject({ expiresAt: expiresAt.toISOString(), previousStatus: 'approved' });
  });

  it('refuses an answer once the expiry has passed even before the job ran, and a repeated run changes nothing', async () => {
    clock.offsetMs = -HOUR;
    const expiresAt = new Date(Date.now() + 2 * HOUR);
    const id = await approvedOffer(client, await freshTerms(system, { expiresAt }));
    await client.sendOffer({ id, ...send }, { principal: hr });
    const token = ((await probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id)).data as any).acceptUrl.split(
      '/public/v1/offer-responses/',
    )[1];
    expect(await expireDueOffer(service.deps, id)).toBe('not_due');

    // The service's clock passes the expiry; agenda's job (real time) is still two hours away.
    clock.offsetMs = 2 * HOUR + 1000;
    const refused = await rejectionOf<DomainError>(client.recordAnswer({ id, answer: 'accepted', comment: '' }, { principal: hr }));
    expect(refused.reason).toBe('OFFER_EXPIRED');
    expect(await expireDueOffer(service.deps, id)).toBe('expired');
    expect(await expireDueOffer(service.deps, id)).toBe('not_due');
    await waitUntil(() => probe.ofType(OfferExpired.type).some((e) => (e.data as any).offerId === id));
    expect(await rejectionOf<DomainError>(client.describeAnswerLink({ token }))).toMatchObject({ reason: 'OFFER_LINK_EXPIRED' });
    expect(probe.ofType(OfferExpired.type).filter((e) => (e.data as any).offerId === id)).toHaveLength(1);
  });
});
