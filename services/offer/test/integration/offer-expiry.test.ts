import { OfferExpired, OfferSent } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { EventProbe, dropDatabase, rejectionOf, waitUntil } from '@hr/testing';
import { expireDueOffer } from '../../src/app/expire-offer';
import type { RunningOfferService } from '../../src/offer-service';
import { OfferClient, TestClock, approvedOffer, clientFor, hr, isolatedConfig, offerTerms, start } from './offer-harness';

const HOUR = 3_600_000;
const send = { toEmail: '', locale: '', templateId: '', templateVersion: 0 };

/**
 * The service's clock runs an hour behind while the offer is prepared, so an expiry a few real seconds
 * away is comfortably in its future however slow the machine; then the clock is set right and agenda
 * fires the job at the real expiresAt.
 */
describe('offer expiry job (agenda on real FerretDB)', () => {
  const config = isolatedConfig();
  const clock = new TestClock();
  let service: RunningOfferService;
  let client: OfferClient;
  let probe: EventProbe;

  beforeAll(async () => {
    probe = await EventProbe.start({ amqpUrl: config.AMQP_URL, exchange: config.AMQP_EXCHANGE, types: ['offer.#'] });
    service = await start(config, clock);
    client = clientFor(service);
  });

  afterAll(async () => {
    client?.close();
    await service?.stop();
    await probe?.stop();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });

  it('expires an unanswered offer at its expiresAt; it can then neither be accepted nor sent', async () => {
    clock.offsetMs = -HOUR;
    const expiresAt = new Date(Date.now() + 3000);
    const id = await approvedOffer(client, offerTerms(clock.now(), { expiresAt }));
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

  it('refuses an answer once the expiry has passed even before the job ran, and a repeated run changes nothing', async () => {
    clock.offsetMs = -HOUR;
    const expiresAt = new Date(Date.now() + 2 * HOUR);
    const id = await approvedOffer(client, offerTerms(clock.now(), { expiresAt }));
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
