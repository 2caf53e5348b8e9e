import { submitEvaluation } from '../../src/domain/evaluation';
import { visibleEvaluations } from '../../src/domain/evaluation-visibility';
import { AFTER_START, admin, alice, bob, carol, evaluationInput, hrManager, recruiter, salesManager, scheduled, techManager } from './interview-fixtures';

const context = { departmentId: 'sales' };
const aliceIn = () => submitEvaluation(scheduled(), evaluationInput(), alice, AFTER_START);
const owners = (list: { interviewerId: string }[]) => list.map((e) => e.interviewerId);

describe('visibleEvaluations', () => {
  it('shows HR, HR managers and the requisition department manager everything', () => {
    for (const principal of [recruiter, hrManager, salesManager]) {
      expect(owners(visibleEvaluations(aliceIn(), principal, context))).toEqual(['u-alice']);
    }
  });

  it('hides them from a manager of another department and from a department manager when the department is unknown', () => {
    expect(visibleEvaluations(aliceIn(), techManager, context)).toEqual([]);
    expect(visibleEvaluations(aliceIn(), salesManager, {})).toEqual([]);
  });

  it('shows an interviewer nothing of the others until they have submitted, then all', () => {
    expect(visibleEvaluations(aliceIn(), bob, context)).toEqual([]);
    const both = submitEvaluation(aliceIn(), evaluationInput(), bob, AFTER_START);
    expect(owners(visibleEvaluations(both, bob, context))).toEqual(['u-alice', 'u-bob']);
    expect(owners(visibleEvaluations(aliceIn(), alice, context))).toEqual(['u-alice']);
  });

  it('shows others nothing, including interviewers of other rounds and admins', () => {
    for (const principal of [carol, admin]) expect(visibleEvaluations(aliceIn(), principal, context)).toEqual([]);
  });
});
