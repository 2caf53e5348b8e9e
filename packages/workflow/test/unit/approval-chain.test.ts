import {
  ApprovalLevel,
  ApprovalProgress,
  ApprovalSubject,
  currentLevel,
  decide,
  DomainError,
  mayDecide,
  Principal,
  startApproval,
} from '@hr/workflow';

const chain: ApprovalLevel[] = [
  { key: 'dept', role: 'dept_manager', sameDepartment: true },
  { key: 'hr', role: 'hr_manager' },
  { key: 'finance', role: 'approver', userIds: ['u-cfo'], when: { fact: 'headcount', above: 5 } },
  { key: 'gm', role: 'approver', userIds: ['u-gm'] },
];

const subject: ApprovalSubject = { departmentId: 'kitchen', facts: { headcount: 3 } };
const big: ApprovalSubject = { departmentId: 'kitchen', facts: { headcount: 8 } };

const deptHead: Principal = { userId: 'u-dept', roles: ['dept_manager'], departmentId: 'kitchen', name: 'Head Chef' };
const otherDeptHead: Principal = { userId: 'u-other', roles: ['dept_manager'], departmentId: 'front' };
const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'], departmentId: 'hr' };
const cfo: Principal = { userId: 'u-cfo', roles: ['approver'] };
const gm: Principal = { userId: 'u-gm', roles: ['approver'] };
const someApprover: Principal = { userId: 'u-someone', roles: ['approver'] };
const now = new Date('2026-04-01T02:00:00Z');

function act(
  progress: ApprovalProgress,
  principal: Principal,
  decision: 'approved' | 'rejected' | 'returned' = 'approved',
  comment?: string,
  on: ApprovalSubject = subject,
) {
  return decide(progress, { principal, subject: on, decision, comment, now });
}

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('approval chain', () => {
  it('starts round 1 at the first applicable level with an empty history', () => {
    const progress = startApproval(chain, subject);
    expect(progress).toMatchObject({ round: 1, current: 0, closed: false, history: [] });
    expect(progress.levels.map((l) => l.key)).toEqual(['dept', 'hr', 'gm']);
    expect(currentLevel(progress)?.key).toBe('dept');
  });

  it('walks the levels in order and approves after the last', () => {
    let progress = startApproval(chain, subject);
    const outcomes: string[] = [];
    for (const approver of [deptHead, hrManager, gm]) {
      const result = act(progress, approver);
      outcomes.push(result.outcome);
      progress = result.progress;
    }
    expect(outcomes).toEqual(['advanced', 'advanced', 'approved']);
    expect(progress).toMatchObject({ current: 3, closed: true });
    expect(currentLevel(progress)).toBeUndefined();
    expect(progress.history).toEqual([
      { round: 1, level: 0, levelKey: 'dept', decision: 'approved', by: 'u-dept', byName: 'Head Chef', at: now, comment: undefined },
      { round: 1, level: 1, levelKey: 'hr', decision: 'approved', by: 'u-hrm', byName: undefined, at: now, comment: undefined },
      { round: 1, level: 2, levelKey: 'gm', decision: 'approved', by: 'u-gm', byName: undefined, at: now, comment: undefined },
    ]);
  });

  it('lets only the current level decide', () => {
    const progress = startApproval(chain, subject);
    expect(mayDecide(progress, hrManager, subject)).toBe(false);
    expect(refusal(() => act(progress, hrManager))).toMatchObject({ kind: 'permission_denied', reason: 'NOT_CURRENT_APPROVER' });
    expect(refusal(() => act(progress, gm))).toMatchObject({ reason: 'NOT_CURRENT_APPROVER' });
  });

  it('requires the department head of the subject’s own department on a sameDepartment level', () => {
    const progress = startApproval(chain, subject);
    expect(mayDecide(progress, deptHead, subject)).toBe(true);
    expect(mayDecide(progress, otherDeptHead, subject)).toBe(false);
    expect(refusal(() => act(progress, otherDeptHead)).kind).toBe('permission_denied');
    const noDepartment: ApprovalSubject = { facts: subject.facts };
    expect(mayDecide(startApproval(chain, noDepartment), deptHead, noDepartment)).toBe(false);
    expect(mayDecide(progress, { ...deptHead, departmentId: undefined }, subject)).toBe(false);
  });

  it('restricts a level naming userIds to those users, even among holders of the role', () => {
    let progress = startApproval(chain, subject);
    progress = act(progress, deptHead).progress;
    progress = act(progress, hrManager).progress;
    expect(currentLevel(progress)?.key).toBe('gm');
    expect(mayDecide(progress, someApprover, subject)).toBe(false);
    expect(refusal(() => act(progress, someApprover)).reason).toBe('NOT_CURRENT_APPROVER');
    expect(mayDecide(progress, gm, subject)).toBe(true);
  });

  it('includes a conditional level only when the fact is strictly above its threshold', () => {
    const keys = (on: ApprovalSubject) => startApproval(chain, on).levels.map((l) => l.key);
    expect(keys(big)).toEqual(['dept', 'hr', 'finance', 'gm']);
    expect(keys({ departmentId: 'kitchen', facts: { headcount: 5 } })).toEqual(['dept', 'hr', 'gm']);
    expect(keys({ departmentId: 'kitchen' })).toEqual(['dept', 'hr', 'gm']);

    let progress = startApproval(chain, big);
    progress = act(progress, deptHead, 'approved', undefined, big).progress;
    progress = act(progress, hrManager, 'approved', undefined, big).progress;
    expect(currentLevel(progress)?.key).toBe('finance');
    expect(refusal(() => act(progress, gm, 'approved', undefined, big)).reason).toBe('NOT_CURRENT_APPROVER');
    const result = act(progress, cfo, 'approved', undefined, big);
    expect(result.outcome).toBe('advanced');
    expect(act(result.progress, gm, 'approved', undefined, big).outcome).toBe('approved');
  });

  it('refuses a chain where no level applies', () => {
    const onlyBig: ApprovalLevel[] = [{ key: 'finance', role: 'approver', when: { fact: 'headcount', above: 5 } }];
    expect(refusal(() => startApproval(onlyBig, subject))).toMatchObject({ kind: 'failed_precondition', reason: 'NO_APPROVAL_LEVELS' });
  });

  it('does not let one person decide twice in a round, even holding the next level’s role', () => {
    const both: Principal = { userId: 'u-both', roles: ['dept_manager', 'hr_manager'], departmentId: 'kitchen' };
    const { progress } = act(startApproval(chain, subject), both);
    expect(currentLevel(progress)?.key).toBe('hr');
    expect(refusal(() => act(progress, both))).toMatchObject({ kind: 'failed_precondition', reason: 'ALREADY_DECIDED' });
  });

  it('requires a comment to reject or return, and keeps it trimmed', () => {
    const progress = startApproval(chain, subject);
    for (const decision of ['rejected', 'returned'] as const) {
      for (const comment of [undefined, '', '   ']) {
        const error = refusal(() => act(progress, deptHead, decision, comment));
        expect(error).toMatchObject({ kind: 'invalid_argument', reason: 'VALIDATION_FAILED' });
        expect(error.violations).toEqual([expect.objectContaining({ field: 'comment', rule: 'required' })]);
      }
    }
    const rejected = act(progress, deptHead, 'rejected', '  budget is frozen  ');
    expect(rejected.outcome).toBe('rejected');
    expect(rejected.progress.closed).toBe(true);
    expect(rejected.progress.history.at(-1)).toMatchObject({ decision: 'rejected', comment: 'budget is frozen', levelKey: 'dept' });
    const returned = act(progress, deptHead, 'returned', 'say which shift');
    expect(returned).toMatchObject({ outcome: 'returned', progress: { closed: true } });
  });

  it('approves without a comment but keeps one when given', () => {
    const { progress } = act(startApproval(chain, subject), deptHead, 'approved', ' fine ');
    expect(progress.history[0].comment).toBe('fine');
  });

  it('refuses any decision on a closed progress as a conflict', () => {
    const rejected = act(startApproval(chain, subject), deptHead, 'rejected', 'no').progress;
    expect(refusal(() => act(rejected, hrManager))).toMatchObject({ kind: 'failed_precondition', reason: 'APPROVAL_NOT_PENDING' });
    expect(mayDecide(rejected, hrManager, subject)).toBe(false);

    let approved = startApproval(chain, subject);
    for (const approver of [deptHead, hrManager, gm]) approved = act(approved, approver).progress;
    expect(refusal(() => act(approved, gm)).reason).toBe('APPROVAL_NOT_PENDING');
  });

  it('starts a new round on resubmission, from the first level, keeping the history', () => {
    let first = startApproval(chain, subject);
    first = act(first, deptHead).progress;
    first = act(first, hrManager, 'returned', 'clarify the shifts').progress;

    const second = startApproval(chain, big, first);
    expect(second).toMatchObject({ round: 2, current: 0, closed: false });
    expect(second.levels.map((l) => l.key)).toEqual(['dept', 'hr', 'finance', 'gm']);
    expect(second.history).toEqual(first.history);

    // Deciding in round 1 does not count against round 2.
    const again = act(second, deptHead, 'approved', undefined, big);
    expect(again.outcome).toBe('advanced');
    expect(again.progress.history.map((r) => [r.round, r.levelKey, r.decision])).toEqual([
      [1, 'dept', 'approved'],
      [1, 'hr', 'returned'],
      [2, 'dept', 'approved'],
    ]);
  });

  it('never changes the progress it is given', () => {
    const progress = startApproval(chain, subject);
    const snapshot = structuredClone(progress);
    act(progress, deptHead);
    act(progress, deptHead, 'rejected', 'no');
    expect(progress).toEqual(snapshot);
  });
});
