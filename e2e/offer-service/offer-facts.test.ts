import { OfferCreated, resumeV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { rejectionOf } from '@hr/testing';
import { applicant, offerTerms } from './offer-applicants';
import { OfferSystem, POSITION_TITLE, hr, systemPerSuite } from './offer-harness';

const failure = (call: Promise<unknown>) => rejectionOf<DomainError>(call);

/** Who and what an offer is for comes from the resume and requisition services, asked as HR. */
describe('offer facts from the resume and requisition services (all real, in process)', () => {
  let system: OfferSystem;

  systemPerSuite((started) => {
    system = started;
  });

  const create = (terms: ReturnType<typeof offerTerms>) => system.client.createOffer({ terms }, { principal: hr });

  it('refuses an application not at the offer stage, naming its stage, and an unknown one', async () => {
    const interviewing = await applicant(system, { stage: 'interview' });
    const error = await failure(create(offerTerms(new Date(), interviewing)));
    expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'APPLICATION_NOT_IN_OFFER_STAGE' });
    expect(error.message).toContain('stage interview');
    const fresh = await applicant(system, { stage: 'new' });
    expect((await failure(create(offerTerms(new Date(), fresh)))).message).toContain('stage new');

    const unknown = { ...interviewing, applicationId: 'no-such-application' };
    expect(await failure(create(offerTerms(new Date(), unknown)))).toMatchObject({ kind: 'not_found', reason: 'APPLICATION_NOT_FOUND' });
    const blank = await failure(create(offerTerms(new Date(), { ...interviewing, applicationId: ' ' })));
    expect(blank.violations.map((v) => v.field)).toEqual(['applicationId']);
  });

  it('refuses a candidate or requisition that is not the application’s, naming the field', async () => {
    const who = await applicant(system);
    const other = await applicant(system, { name: '李雷' });
    const wrongCandidate = await failure(create(offerTerms(new Date(), who, { candidateId: other.candidateId })));
    expect(wrongCandidate).toMatchObject({ kind: 'invalid_argument', reason: 'VALIDATION_FAILED' });
    expect(wrongCandidate.violations).toEqual([expect.objectContaining({ field: 'candidateId', rule: 'mismatch' })]);
    const wrongRequisition = await failure(create(offerTerms(new Date(), who, { requisitionId: 'req-elsewhere' })));
    expect(wrongRequisition.violations.map((v) => v.field)).toEqual(['requisitionId']);

    // Repeating the application's own ids is fine.
    const same = offerTerms(new Date(), who, { candidateId: who.candidateId, requisitionId: who.requisitionId });
    expect((await create(same)).offer!.status).toBe('draft');
  });

  it('stores the resume service’s name and e-mail and the requisition’s position and department, not the request’s', async () => {
    const who = await applicant(system, { name: '欧阳娜娜' });
    const claimed = offerTerms(new Date(), who, {
      candidate: { name: '冒名者', email: 'someone.else@example.org', locale: 'en' },
      positionId: 'pos-ceo',
      positionTitle: '首席执行官',
      departmentId: 'board',
    });
    const { offer } = await create(claimed);
    expect(offer!.terms).toMatchObject({
      applicationId: who.applicationId,
      candidateId: who.candidateId,
      requisitionId: system.requisitionId,
      candidate: { name: '欧阳娜娜', email: who.email, locale: 'en' },
      positionId: system.positionId,
      positionTitle: POSITION_TITLE,
      departmentId: 'tech',
      departmentName: '技术部',
      grade: 'P6',
      workLocation: '上海',
    });
    const created = await system.probe.waitFor((e) => e.type === OfferCreated.type && (e.data as any).offerId === offer!.id);
    expect(created.data).toMatchObject({ candidateId: who.candidateId, positionId: system.positionId, departmentId: 'tech' });
  });

  it('looks the facts up again on an edit, keeps the application, and stops once the application left the offer stage', async () => {
    const who = await applicant(system, { name: '韩梅梅' });
    const terms = offerTerms(new Date(), who);
    const { offer } = await create(terms);
    const id = offer!.id;
    const newEmail = `meimei.${who.candidateId.slice(-6)}@example.net`;
    const profile = resumeV1.CandidateProfile.fromPartial({ name: '韩梅梅', email: newEmail, phone: '' });
    await system.resume.updateCandidate({ id: who.candidateId, profile, expectedVersion: 0 }, { principal: hr });

    const { offer: edited } = await system.client.updateOffer({ id, terms: { ...terms, applicationId: '', grade: 'P7' }, expectedVersion: 0 }, { principal: hr });
    expect(edited!.terms).toMatchObject({ applicationId: who.applicationId, grade: 'P7', candidate: { name: '韩梅梅', email: newEmail } });

    const other = await applicant(system);
    const moved = await failure(system.client.updateOffer({ id, terms: offerTerms(new Date(), other), expectedVersion: 0 }, { principal: hr }));
    expect(moved.violations).toEqual([expect.objectContaining({ field: 'applicationId', rule: 'immutable' })]);

    const back = { id: who.applicationId, toStage: 'interview', reasonCode: '', comment: '再加一轮面试', expectedVersion: 0 };
    await system.resume.changeApplicationStage(back, { principal: hr });
    expect(await failure(system.client.updateOffer({ id, terms, expectedVersion: 0 }, { principal: hr }))).toMatchObject({
      reason: 'APPLICATION_NOT_IN_OFFER_STAGE',
    });
  });
});
