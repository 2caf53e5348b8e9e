import { resolveTerms } from '../../src/app/resolve-terms';
import { ApplicationFacts, CandidateFacts, RequisitionFacts, withFacts } from '../../src/domain/offer-facts';
import { errorOf, terms } from './offer-fixtures';

const application: ApplicationFacts = { id: 'app-1', candidateId: 'cand-1', requisitionId: 'req-1', stage: 'offer' };
const candidate: CandidateFacts = { id: 'cand-1', name: '欧阳娜娜', email: 'nana@example.com' };
const requisition: RequisitionFacts = { id: 'req-1', positionId: 'pos-9', positionTitle: '数据工程师', departmentId: 'data' };
const facts = { application, candidate, requisition };

describe('offer facts: who and what an offer is for come from their owners', () => {
  it('replaces the candidate, position and department, keeping the language and every term', () => {
    const requested = terms({ candidate: { name: '冒名者', email: 'x@example.org', locale: 'en' }, positionId: 'p', positionTitle: 'CEO', departmentId: 'board' });
    const merged = withFacts(requested, facts);
    expect(merged).toMatchObject({
      candidateId: 'cand-1',
      requisitionId: 'req-1',
      candidate: { name: '欧阳娜娜', email: 'nana@example.com', locale: 'en' },
      positionId: 'pos-9',
      positionTitle: '数据工程师',
      departmentId: 'data',
      departmentName: '技术部',
    });
    expect({ ...merged, candidate: undefined, positionId: 0, positionTitle: 0, departmentId: 0 }).toEqual({
      ...requested,
      candidate: undefined,
      positionId: 0,
      positionTitle: 0,
      departmentId: 0,
    });
  });

  it('accepts blank or matching ids and refuses others, naming each field', () => {
    expect(withFacts(terms({ candidateId: '', requisitionId: '' }), facts).candidateId).toBe('cand-1');
    const error = errorOf(() => withFacts(terms({ candidateId: 'cand-2', requisitionId: 'req-2' }), facts));
    expect(error).toMatchObject({ kind: 'invalid_argument', reason: 'VALIDATION_FAILED' });
    expect(error.violations.map((v) => [v.field, v.rule])).toEqual([
      ['candidateId', 'mismatch'],
      ['requisitionId', 'mismatch'],
    ]);
  });

  it('needs the application at the offer stage, and a candidate with a name and an address', () => {
    const early = errorOf(() => withFacts(terms(), { ...facts, application: { ...application, stage: 'interview' } }));
    expect(early).toMatchObject({ kind: 'failed_precondition', reason: 'APPLICATION_NOT_IN_OFFER_STAGE' });
    expect(early.message).toContain('stage interview');
    expect(errorOf(() => withFacts(terms(), { ...facts, candidate: { ...candidate, email: undefined } })).reason).toBe('CANDIDATE_EMAIL_MISSING');
    expect(errorOf(() => withFacts(terms(), { ...facts, candidate: { ...candidate, name: ' ' } })).reason).toBe('CANDIDATE_NAME_MISSING');
  });

  it('asks for nothing more once the application is wrong', async () => {
    const asked: string[] = [];
    const deps = {
      applications: {
        application: async () => ({ ...application, stage: 'screening' }),
        candidate: async (id: string) => (asked.push(id), candidate),
      },
      requisitions: { requisition: async (id: string) => (asked.push(id), requisition) },
    };
    await expect(resolveTerms(deps, terms())).rejects.toMatchObject({ reason: 'APPLICATION_NOT_IN_OFFER_STAGE' });
    await expect(resolveTerms(deps, terms({ applicationId: ' ' }))).rejects.toMatchObject({ violations: [{ field: 'applicationId' }] });
    expect(asked).toEqual([]);
  });
});
