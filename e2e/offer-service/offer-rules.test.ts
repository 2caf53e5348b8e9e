import { OfferDeclined, OfferSent, offerV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { EventProbe, rejectionOf } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { approvedOffer, freshTerms, modestPay } from './offer-applicants';
import { OfferClient, OfferSystem, generalManager, hr, hrManager, systemPerSuite, techHead } from './offer-harness';

const failure = (call: Promise<unknown>) => rejectionOf<DomainError>(call);
const send = { toEmail: '', locale: '', templateId: '', templateVersion: 0 };

describe('offer rules over gRPC (real services, FerretDB, RabbitMQ)', () => {
  let system: OfferSystem;
  let client: OfferClient;
  let probe: EventProbe;

  systemPerSuite((started) => {
    system = started;
    ({ client, probe } = system);
  });

  async function submitted(terms?: offerV1.OfferTerms): Promise<string> {
    const { offer } = await client.createOffer({ terms: terms ?? (await freshTerms(system)) }, { principal: hr });
    await client.submitOffer({ id: offer!.id }, { principal: hr });
    return offer!.id;
  }

  const sentUrls = async (id: string) => (await probe.waitFor((e) => e.type === OfferSent.type && (e.data as any).offerId === id)).data as any;
  const tokenOf = (url: string) => url.split('/public/v1/offer-responses/')[1];

  it('refuses a call without a principal, and names the fields of invalid terms', async () => {
    expect(await failure(client.listOffers({ statuses: [], approvedOnly: false, awaitingMe: false }))).toMatchObject({ kind: 'unauthenticated' });
    const bad = await freshTerms(system, { workLocation: '', startDate: '2026-13-45' });
    const error = await failure(client.createOffer({ terms: bad }, { principal: hr }));
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations.map((v) => v.field)).toEqual(['workLocation', 'startDate']);
    const locale = await freshTerms(system, { candidate: { name: '', email: '', locale: 'fr' } });
    expect((await failure(client.createOffer({ terms: locale }, { principal: hr }))).violations.map((v) => v.field)).toEqual(['candidate.locale']);
    expect(await failure(client.createOffer({ terms: await freshTerms(system) }, { principal: techHead }))).toMatchObject({
      kind: 'permission_denied',
      reason: 'OFFER_FORBIDDEN',
    });
  });

  it('keeps one open offer per application', async () => {
    const terms = await freshTerms(system);
    await client.createOffer({ terms }, { principal: hr });
    expect(await failure(client.createOffer({ terms }, { principal: hr }))).toMatchObject({ kind: 'already_exists', reason: 'OFFER_EXISTS' });
  });

  it('refuses the level-2 approver before level 1', async () => {
    const id = await submitted();
    expect(await failure(client.approveOffer({ id, comment: '' }, { principal: techHead }))).toMatchObject({
      kind: 'permission_denied',
      reason: 'NOT_CURRENT_APPROVER',
    });
    expect(await failure(client.approveOffer({ id, comment: '' }, { principal: generalManager }))).toMatchObject({ reason: 'NOT_CURRENT_APPROVER' });
  });

  it('refuses the same approver twice in a round, even holding the next level’s role', async () => {
    const id = await submitted();
    const both: Principal = { userId: 'u-boss', roles: ['hr_manager', 'general_manager'] };
    await client.approveOffer({ id, comment: '' }, { principal: both });
    await client.approveOffer({ id, comment: '' }, { principal: techHead });
    expect(await failure(client.approveOffer({ id, comment: '' }, { principal: both }))).toMatchObject({
      kind: 'failed_precondition',
      reason: 'ALREADY_DECIDED',
    });
  });

  it('refuses to send an unapproved offer with a clear reason', async () => {
    const { offer } = await client.createOffer({ terms: await freshTerms(system) }, { principal: hr });
    const draft = await failure(client.sendOffer({ id: offer!.id, ...send }, { principal: hr }));
    expect(draft).toMatchObject({ kind: 'failed_precondition', reason: 'OFFER_NOT_APPROVED' });
    expect(draft.message).toBe('only an approved offer can be sent; this one is a draft');
    const pendingId = await submitted();
    const pending = await failure(client.sendOffer({ id: pendingId, ...send }, { principal: hr }));
    expect(pending.message).toBe('only an approved offer can be sent; this one is pending approval');
    const rejectedId = await submitted();
    await client.rejectOffer({ id: rejectedId, comment: '超出预算' }, { principal: hrManager });
    expect((await failure(client.sendOffer({ id: rejectedId, ...send }, { principal: hr }))).message).toContain('this one is rejected');
  });

  it('skips the conditional general-manager level below the threshold', async () => {
    const id = await submitted(await freshTerms(system, modestPay));
    const { offer } = await client.getOffer({ id }, { principal: hr });
    expect(offer!.approval!.levelKeys).toEqual(['hr_manager', 'department_head']);
    await client.approveOffer({ id, comment: '' }, { principal: hrManager });
    const { offer: approved } = await client.approveOffer({ id, comment: '' }, { principal: techHead });
    expect(approved!.status).toBe('approved');
    expect(await failure(client.approveOffer({ id, comment: '' }, { principal: generalManager }))).toMatchObject({
      reason: 'OFFER_NOT_PENDING_APPROVAL',
    });
  });

  it('lists what awaits each approver', async () => {
    const id = await submitted();
    const mine = (p: Principal) => client.listOffers({ statuses: [], approvedOnly: false, awaitingMe: true }, { principal: p });
    expect((await mine(hrManager)).offers.map((o) => o.id)).toContain(id);
    expect((await mine(techHead)).offers.map((o) => o.id)).not.toContain(id);
    await client.approveOffer({ id, comment: '' }, { principal: hrManager });
    expect((await mine(techHead)).offers.map((o) => o.id)).toContain(id);
    expect((await mine(hrManager)).offers.map((o) => o.id)).not.toContain(id);
  });

  it('refuses a tampered link and a link from before a renegotiation', async () => {
    const id = await approvedOffer(client, await freshTerms(system));
    await client.sendOffer({ id, ...send }, { principal: hr });
    const token = tokenOf((await sentUrls(id)).acceptUrl);
    const [payload, signature] = token.split('.');
    const forged = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await failure(client.answerByLink({ token: forged, reason: '' }))).toMatchObject({ kind: 'permission_denied', reason: 'OFFER_LINK_INVALID' });
    expect(await failure(client.describeAnswerLink({ token: 'nonsense' }))).toMatchObject({ kind: 'invalid_argument', reason: 'OFFER_LINK_MALFORMED' });

    const salary = { currency: 'CNY', monthlyBase: '30000', monthsPerYear: 14, allowances: [], bonus: '0' };
    const { offer } = await client.recordAnswer({ id, answer: 'negotiated', comment: '候选人要求14薪', salary }, { principal: hr });
    expect(offer).toMatchObject({ status: 'pending_approval', approval: { round: 2, current: 0 } });
    expect(offer!.negotiations[0]).toMatchObject({ by: 'u-hr', comment: '候选人要求14薪', reapproval: true });
    expect(await failure(client.answerByLink({ token, reason: '' }))).toMatchObject({ reason: 'OFFER_LINK_SUPERSEDED' });
  });

  it('returns for changes, then a resubmission starts round 2', async () => {
    const terms = await freshTerms(system);
    const { offer } = await client.createOffer({ terms }, { principal: hr });
    const id = offer!.id;
    await client.submitOffer({ id }, { principal: hr });
    const { offer: returned } = await client.returnOffer({ id, comment: '试用期改为2个月' }, { principal: hrManager });
    expect(returned!.status).toBe('returned');
    const edited = { ...terms, probation: { months: 2, monthlySalary: '24000' } };
    await client.updateOffer({ id, terms: edited, expectedVersion: returned!.version }, { principal: hr });
    const { offer: resubmitted } = await client.submitOffer({ id }, { principal: hr });
    expect(resubmitted!.approval).toMatchObject({ round: 2, current: 0 });
    expect(resubmitted!.terms!.probation!.months).toBe(2);
  });

  it('lets HR record a verbal decline, with its reason kept and published', async () => {
    const id = await approvedOffer(client, await freshTerms(system, modestPay));
    const { offer } = await client.recordAnswer({ id, answer: 'declined', comment: '电话告知已接受其他offer' }, { principal: hr });
    expect(offer!.answer).toMatchObject({ answer: 'declined', via: 'verbal', by: 'u-hr', reason: '电话告知已接受其他offer' });
    const declined = await probe.waitFor((e) => e.type === OfferDeclined.type && (e.data as any).offerId === id);
    expect(declined.data).toMatchObject({ via: 'verbal', reason: '电话告知已接受其他offer', answeredBy: 'u-hr' });
  });
});
