import { ApplicationStageChanged, EventEnvelope, OfferAccepted, OfferDeclined, OfferExpired, OfferWithdrawn } from '@hr/contracts';
import { waitUntil } from '@hr/testing';
import { OFFER_PRIVATE_DETAILS, OfferRefs, accepted, declined, expired, offerHistory, withdrawn } from '../offer-fixtures';
import { EventFollowHarness } from './event-follow-harness';
import { recruiter } from './resume-harness';

describe('offer events hire or withdraw applications and fill the timeline (real FerretDB + RabbitMQ)', () => {
  // Retries spaced out enough for the test to apply the fact an early acceptance waits for.
  const harness = new EventFollowHarness({ probeTypes: [ApplicationStageChanged.type], decisions: 'offer event', config: { EVENT_RETRY_DELAYS_MS: [200, 1000, 4000] } });
  const { logged, publish, application, decision, outcomeOf, failures } = harness;
  const stageChanges = (applicationId: string) => harness.published(ApplicationStageChanged.type, applicationId);
  const movedTo = (applicationId: string, stage: string) => harness.probe.waitFor((e) => (e.data as any).applicationId === applicationId && (e.data as any).toStage === stage);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  async function move(id: string, toStage: string) {
    const { version } = await application(id);
    await harness.client.changeApplicationStage({ id, toStage, reasonCode: '', comment: '', expectedVersion: version }, { principal: recruiter });
  }

  /** A candidate whose application HR has brought to `stage` (through every stage before it). */
  async function applicant(name: string, phone: string, stage: 'interview' | 'offer' = 'offer'): Promise<OfferRefs> {
    const refs = await harness.applicant(name, phone);
    const path = ['screening', 'interview', 'offer'];
    for (const to of path.slice(0, path.indexOf(stage) + 1)) await move(refs.applicationId, to);
    return refs;
  }

  let first: OfferRefs;
  let acceptance: EventEnvelope;
  const history: EventEnvelope[] = [];

  it('hires an application at offer when the candidate accepts, publishes the stage change and marks the candidate hired', async () => {
    first = await applicant('李晓燕', '13811112222');
    history.push(...Object.values(offerHistory(first, '0001')));
    for (const fact of history) await publish(fact);
    acceptance = accepted(first, '0001');
    await publish(acceptance);
    const change = await movedTo(first.applicationId, 'hired');
    expect(change.data).toMatchObject({ candidateId: first.candidateId, requisitionId: 'req-open', fromStage: 'offer', toStage: 'hired' });
    expect([change.causationId, change.actor?.userId]).toEqual([acceptance.id, 'candidate']);
    const hired = await application(first.applicationId);
    expect(hired.stageHistory.at(-1)).toMatchObject({ fromStage: 'offer', toStage: 'hired', by: 'candidate' });
    const candidate = await waitUntil(async () => {
      const found = (await harness.client.getCandidate({ id: first.candidateId }, { principal: recruiter })).candidate!;
      return found.status === 'hired' ? found : undefined;
    });
    expect(candidate.status).toBe('hired');
  });

  it('takes a redelivered acceptance (same id) as already applied, and a second acceptance of a hired application as nothing to do', async () => {
    const before = await application(first.applicationId);
    await publish(acceptance);
    await waitUntil(() => outcomeOf(acceptance.id, 'replayed').length === 1);
    const again = accepted(first, '0001', 'verbal');
    await publish(again);
    expect((await decision(again.id)).fields).toMatchObject({ outcome: 'unchanged' });
    expect(await application(first.applicationId)).toMatchObject({ stage: 'hired', version: before.version });
    expect([...failures(acceptance.id), ...failures(again.id)]).toEqual([]);
    expect(stageChanges(first.applicationId).filter((e) => (e.data as any).toStage === 'hired')).toHaveLength(1);
  });

  it("withdraws the application with offer_declined and keeps the candidate's reason when the offer is declined", async () => {
    const second = await applicant('高远', '13933334444');
    const no = declined(second, '0002', '已接受其他公司的录用');
    await publish(no);
    const change = await movedTo(second.applicationId, 'withdrawn');
    expect(change.data).toMatchObject({ fromStage: 'offer', reasonCode: 'offer_declined' });
    const withdrawnApplication = await application(second.applicationId);
    expect(withdrawnApplication.stageHistory.at(-1)).toMatchObject({ fromStage: 'offer', toStage: 'withdrawn', reasonCode: 'offer_declined', comment: '已接受其他公司的录用', by: 'candidate' });

    await publish(no);
    await waitUntil(() => outcomeOf(no.id, 'replayed').length === 1);
    expect(stageChanges(second.applicationId).filter((e) => (e.data as any).toStage === 'withdrawn')).toHaveLength(1);
  });

  it('withdraws the application with offer_expired when the offer expires unanswered', async () => {
    const third = await applicant('周敏', '13755556666');
    await publish(expired(third, '0003'));
    const change = await movedTo(third.applicationId, 'withdrawn');
    expect(change.data).toMatchObject({ fromStage: 'offer', reasonCode: 'offer_expired' });
    expect((await application(third.applicationId)).stageHistory.at(-1)).toMatchObject({ toStage: 'withdrawn', reasonCode: 'offer_expired', by: 'system' });
  });

  it('leaves the application where it is when HR withdraws the offer, and a late decline of a closed application alone', async () => {
    const fourth = await applicant('孙浩', '13677778888');
    const before = await application(fourth.applicationId);
    const pulled = withdrawn(fourth, '0004', '职位冻结');
    await publish(pulled);
    await waitUntil(async () => {
      const { entries } = await harness.client.getTimeline({ candidateId: fourth.candidateId, page: { page: 1, pageSize: 100 } }, { principal: recruiter });
      return entries.some((e) => e.id === pulled.id);
    });
    expect(await application(fourth.applicationId)).toMatchObject({ stage: 'offer', version: before.version });

    const late = declined(first, '0001', '');
    await publish(late);
    expect(await decision(late.id)).toMatchObject({ level: 'warn', fields: { stage: 'hired' } });
    expect(JSON.stringify(logged.filter((l) => l.fields?.eventId === late.id))).not.toContain('李晓燕');
  });

  it('retries an acceptance that overtook the move to offer, and hires once HR has made it', async () => {
    const early = await applicant('吴婷', '13599990000', 'interview');
    const yes = accepted(early, '0005');
    await publish(yes);
    await waitUntil(() => failures(yes.id).length > 0, { description: 'the first failed attempt' });
    expect((await application(early.applicationId)).stage).toBe('interview');
    await move(early.applicationId, 'offer');
    await movedTo(early.applicationId, 'hired');
    expect((await application(early.applicationId)).stageHistory.map((c) => c.toStage)).toEqual(['screening', 'interview', 'offer', 'hired']);
  });

  it("shows the offer's facts on the candidate's timeline with summaries, without pay, contact details or links", async () => {
    const projected = [...history, acceptance];
    const entries = await waitUntil(async () => {
      const { entries: all } = await harness.client.getTimeline({ candidateId: first.candidateId, page: { page: 1, pageSize: 100 } }, { principal: recruiter });
      const offers = all.filter((e) => e.type.startsWith('offer.'));
      return projected.every((event) => offers.some((e) => e.id === event.id)) ? offers : undefined;
    });
    const types = new Set(entries.map((e) => e.type));
    for (const type of ['created', 'submitted', 'returned', 'level-approved', 'approved', 'sent', 'accepted', 'declined']) expect(types).toContain(`offer.offer.${type}.v1`);
    for (const entry of entries) {
      expect(entry.applicationId).toBe(first.applicationId);
      expect(JSON.parse(entry.dataJson).summary).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
      for (const detail of OFFER_PRIVATE_DETAILS) expect(entry.dataJson).not.toContain(detail);
    }
    const acceptedEntry = entries.find((e) => e.id === acceptance.id)!;
    expect(JSON.parse(acceptedEntry.dataJson).summary['zh-CN']).toBe('候选人已接受Offer OF-2026-0001（通过Offer链接），入职日期 2026-07-01');
    expect(entries.filter((e) => e.type === OfferAccepted.type)).toHaveLength(2);
    expect([OfferDeclined.type, OfferExpired.type, OfferWithdrawn.type].map((t) => types.has(t))).toEqual([true, false, false]);
  });
});
