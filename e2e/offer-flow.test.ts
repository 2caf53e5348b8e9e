import { waitUntil } from '@hr/testing';
import type { CaughtMessage } from '@hr/testing';
import { Api } from './support/http-client';
import { People, openStoreRequisition } from './support/people';
import { ADMIN, RunningSystem, startSystem } from './support/system';

const DAY_MS = 24 * 3600_000;
const MAIL_WAIT = { timeoutMs: 20_000 };

/** The signed tokens of the offer links in a mail, by the action each is for (asked of the gateway as JSON). */
async function answerLinks(system: RunningSystem, mail: CaughtMessage): Promise<Record<string, string>> {
  const tokens = new Set([...(mail.text ?? '').matchAll(/\/public\/v1\/offer-responses\/([A-Za-z0-9_\-.]+)/g)].map((m) => m[1]));
  const byAction: Record<string, string> = {};
  for (const token of tokens) {
    const response = await fetch(`${system.baseUrl}/public/v1/offer-responses/${token}`, { headers: { accept: 'application/json' } });
    if (response.ok) byAction[((await response.json()) as { action: string }).action] = token;
  }
  return byAction;
}

describe('offers through the gateway: three approvals, letters over SMTP, an answer by link', () => {
  let system: RunningSystem;
  let anonymous: Api;
  let as: Record<string, Api>;
  let ids: Record<string, string>;
  let requisitionId: string;

  /** A candidate applied to the requisition and taken by HR to the offer stage. */
  async function applicationAtOffer(name: string, email: string, phone: string): Promise<string> {
    const created = await as.recruiter.post('/api/v1/candidates', { profile: { name, email, phone }, requisitionId });
    expect(created.status).toBe(201);
    const applicationId = created.body.application.id;
    for (const toStage of ['screening', 'interview', 'offer']) {
      const moved = await as.recruiter.post(`/api/v1/applications/${applicationId}/stage`, { toStage });
      expect(moved.status).toBe(200);
    }
    return applicationId;
  }

  const terms = (applicationId: string, expiresInMs = 7 * DAY_MS) => ({
    applicationId,
    grade: 'M2',
    salary: { monthlyBase: '15000.00', monthsPerYear: 13, allowances: [{ name: '餐补', amount: '600' }], bonus: '20000' },
    probation: { months: 3, salary: '13500.00' },
    startDate: '2027-03-01',
    workLocation: '苏州工业园区',
    contract: { type: 'fixed_term', years: 3 },
    reportingManager: { userId: ids.storeManager },
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    notes: '入职需提供离职证明',
  });

  const hiredCount = async () => (await as.recruiter.get(`/api/v1/requisitions/${requisitionId}`)).body.hiredCount;

  beforeAll(async () => {
    system = await startSystem();
    anonymous = new Api(system.baseUrl);
    const admin = await anonymous.login(ADMIN.email, ADMIN.password);
    const people = new People(anonymous, admin);
    ({ as, ids } = people);
    requisitionId = await openStoreRequisition(people);
    await people.add('generalManager', { name: '陈总', roles: ['general_manager'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('create → submit → three approvals → send twice → accept by link → hired, and the requisition counts the hire', async () => {
    const applicationId = await applicationAtOffer('欧阳娜娜', 'ouyang.nana@example.com', '13912345678');
    const created = await as.recruiter.post('/api/v1/offers', terms(applicationId));
    expect([created.status, created.body.errors ?? created.body.detail]).toEqual([201, undefined]);
    const offerId = created.body.id;

    const early = await as.recruiter.post(`/api/v1/offers/${offerId}/send`, {});
    expect(early.status).toBe(409);
    expect(early.body.reason).toBe('OFFER_NOT_APPROVED');

    expect((await as.recruiter.post(`/api/v1/offers/${offerId}/submit`)).status).toBe(200);
    const beforeFirstLevel = await as.storeManager.post(`/api/v1/offers/${offerId}/approve`, {});
    expect([beforeFirstLevel.status, beforeFirstLevel.body.reason]).toEqual([403, 'NOT_CURRENT_APPROVER']);
    expect((await as.hrManager.post(`/api/v1/offers/${offerId}/approve`, { comment: '薪资在预算内' })).status).toBe(200);
    const twice = await as.hrManager.post(`/api/v1/offers/${offerId}/approve`, {});
    expect([twice.status, twice.body.reason]).toEqual([409, 'ALREADY_DECIDED']);
    expect((await as.storeManager.post(`/api/v1/offers/${offerId}/approve`, {})).status).toBe(200);
    const approved = await as.generalManager.post(`/api/v1/offers/${offerId}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const list = await as.hrManager.get('/api/v1/offers?approvedOnly=true');
    expect(list.body.data.map((o: { id: string }) => o.id)).toContain(offerId);

    expect((await as.recruiter.post(`/api/v1/offers/${offerId}/send`, {})).status).toBe(200);
    const letter = await system.smtp.waitFor((m) => m.envelope.to.includes('ouyang.nana@example.com'), MAIL_WAIT);
    const pdf = letter.attachments.find((a) => a.contentType.startsWith('application/pdf'));
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter.html).toContain('欧阳娜娜');
    expect((await as.recruiter.get(`/api/v1/offers/${offerId}`)).body.sendCount).toBe(1);

    expect((await as.recruiter.post(`/api/v1/offers/${offerId}/send`, {})).status).toBe(200);
    await waitUntil(() => system.smtp.to('ouyang.nana@example.com').length === 2, { timeoutMs: 20_000 });
    const sends = await as.recruiter.get(`/api/v1/offers/${offerId}/sends`);
    expect(sends.body.sendCount).toBe(2);
    expect((await as.recruiter.get(`/api/v1/offers/${offerId}`)).body.sendCount).toBe(2);

    const links = await answerLinks(system, letter);
    expect(Object.keys(links).sort()).toEqual(['accept', 'decline']);
    const tampered = links.accept.slice(0, -2) + (links.accept.endsWith('AA') ? 'BB' : 'AA');
    expect((await anonymous.post(`/public/v1/offer-responses/${tampered}`, {})).status).toBe(403);
    const accepted = await anonymous.post(`/public/v1/offer-responses/${links.accept}`, {});
    expect(accepted.status).toBe(200);

    await waitUntil(async () => (await as.recruiter.get(`/api/v1/applications/${applicationId}`)).body.stage === 'hired', { timeoutMs: 20_000 });
    await waitUntil(async () => (await hiredCount()) === 1, { timeoutMs: 20_000 });
    expect((await as.recruiter.get(`/api/v1/offers/${offerId}`)).body.status).toBe('accepted');
  });

  it('an offer past its expiry date cannot be accepted', async () => {
    const applicationId = await applicationAtOffer('Tom Wang', 'tom.wang@example.com', '13898765432');
    const offerId = (await as.recruiter.post('/api/v1/offers', terms(applicationId, 2 * DAY_MS))).body.id;
    await as.recruiter.post(`/api/v1/offers/${offerId}/submit`);
    for (const approver of ['hrManager', 'storeManager', 'generalManager']) {
      expect((await as[approver].post(`/api/v1/offers/${offerId}/approve`, {})).status).toBe(200);
    }
    expect((await as.recruiter.post(`/api/v1/offers/${offerId}/send`, {})).status).toBe(200);
    const letter = await system.smtp.waitFor((m) => m.envelope.to.includes('tom.wang@example.com'), MAIL_WAIT);
    const links = await answerLinks(system, letter);

    system.advanceClock(3 * DAY_MS);
    const late = await anonymous.post(`/public/v1/offer-responses/${links.accept}`, {});
    expect(late.status).toBe(409);
    expect((await as.recruiter.post(`/api/v1/offers/${offerId}/send`, {})).status).toBe(409);
    expect((await as.recruiter.get(`/api/v1/applications/${applicationId}`)).body.stage).toBe('offer');
  });
});
