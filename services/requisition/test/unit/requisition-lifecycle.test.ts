import { DomainError } from '@hr/workflow';
import { DEFAULT_APPROVAL_LEVELS } from '../../src/domain/approval-config';
import {
  assignRecruiters,
  changeHiringStatus,
  decideRequisition,
  draftRequisition,
  recordHire,
  reviseRequisition,
  submitRequisition,
} from '../../src/domain/requisition-lifecycle';
import { validatePosition } from '../../src/domain/position';
import { NOW, details, hrManager, interviewer, recruiter, salesManager, techManager } from './requisition-fixtures';

const draft = () => draftRequisition({ id: 'r-1', number: 'REQ-2026-00001', details: details(), principal: salesManager, now: NOW });
const submitted = () => submitRequisition(draft(), DEFAULT_APPROVAL_LEVELS, salesManager, NOW);
const approve = (req = submitted(), principal = salesManager) =>
  decideRequisition(req, { decision: 'approved', principal, now: NOW });
const opened = () => approve(approve().requisition, hrManager).requisition;

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}

describe('drafting', () => {
  it('lets a department manager draft for their own department, trimming requirements', () => {
    const req = draft();
    expect(req).toMatchObject({ status: 'draft', hiredCount: 0, createdBy: 'u-sales-mgr', positionTitle: '销售代表' });
    expect(req.requirements).toEqual(['大专以上学历', '两年销售经验']);
  });

  it('refuses a manager of another department and an interviewer', () => {
    for (const principal of [techManager, interviewer]) {
      const error = errorOf(() => draftRequisition({ id: 'x', number: 'n', details: details(), principal, now: NOW }));
      expect(error).toMatchObject({ kind: 'permission_denied' });
    }
  });

  it.each([
    [{ headcount: 0 }, 'headcount', 'range'],
    [{ headcount: 2.5 }, 'headcount', 'range'],
    [{ salary: { min: '9000', max: '8000', currency: 'CNY' } }, 'salary.max', 'gte_min'],
    [{ salary: { min: 'abc', max: '8000', currency: 'CNY' } }, 'salary.min', 'decimal'],
    [{ reason: 'whim' as never }, 'reason', 'enum'],
    [{ workLocation: '  ' }, 'workLocation', 'required'],
    [{ workLocation: '上海\u202E市' }, 'workLocation', 'pattern'],
  ])('names the field and rule of invalid details %#', (overrides, field, rule) => {
    const error = errorOf(() =>
      draftRequisition({ id: 'x', number: 'n', details: details(overrides), principal: salesManager, now: NOW }),
    );
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations).toEqual([expect.objectContaining({ field, rule })]);
  });
});

describe('positions', () => {
  const position = { title: '门店店长', departmentId: 'd1', level: '', description: '', defaultRequirements: [], active: true };

  it('holds the title to the shared text rule for names', () => {
    expect(validatePosition({ ...position, title: ' Store Manager · 店长 ' }).title).toBe('Store Manager · 店长');
    for (const title of ['店\u0007长', 'Manager\u202Eexe', '店\u200B长']) {
      expect(errorOf(() => validatePosition({ ...position, title })).violations).toEqual([
        expect.objectContaining({ field: 'title', rule: 'pattern', text: 'name_text' }),
      ]);
    }
  });
});

describe('approval', () => {
  it('goes department head → HR manager, then opens', () => {
    const first = approve();
    expect(first.outcome).toBe('advanced');
    expect(first.requisition.status).toBe('pending_approval');
    const second = approve(first.requisition, hrManager);
    expect(second.outcome).toBe('approved');
    expect(second.requisition.status).toBe('open');
    expect(second.requisition.openedAt).toEqual(NOW);
    expect(second.requisition.approval!.history.map((h) => [h.levelKey, h.by])).toEqual([
      ['department_head', 'u-sales-mgr'],
      ['hr_manager', 'u-hrm'],
    ]);
    expect(second.requisition.statusHistory.map((s) => s.to)).toEqual(['pending_approval', 'approved', 'open']);
  });

  it('refuses the manager of another department and the HR manager out of turn', () => {
    expect(errorOf(() => approve(submitted(), techManager))).toMatchObject({ kind: 'permission_denied', reason: 'NOT_CURRENT_APPROVER' });
    expect(errorOf(() => approve(submitted(), hrManager))).toMatchObject({ kind: 'permission_denied' });
  });

  it('answers a second approval of an open requisition with a conflict', () => {
    expect(errorOf(() => approve(opened(), hrManager))).toMatchObject({ kind: 'failed_precondition', reason: 'NOT_PENDING_APPROVAL' });
  });

  it('rejects with a comment, allows revision and resubmission in a new round', () => {
    const rejected = decideRequisition(submitted(), { decision: 'rejected', comment: '预算不足', principal: salesManager, now: NOW });
    expect(rejected.requisition.status).toBe('rejected');
    const revised = reviseRequisition(rejected.requisition, details({ headcount: 1 }), salesManager, NOW);
    expect(revised.headcount).toBe(1);
    const again = submitRequisition(revised, DEFAULT_APPROVAL_LEVELS, salesManager, NOW);
    expect(again.approval).toMatchObject({ round: 2, current: 0, closed: false });
    expect(again.approval!.history).toHaveLength(1);
  });

  it('requires a comment to reject', () => {
    const error = errorOf(() => decideRequisition(submitted(), { decision: 'rejected', principal: salesManager, now: NOW }));
    expect(error.violations[0]).toMatchObject({ field: 'comment', rule: 'required' });
  });

  it('cannot edit a requisition under approval', () => {
    expect(errorOf(() => reviseRequisition(submitted(), details(), salesManager, NOW))).toMatchObject({
      reason: 'REQUISITION_NOT_EDITABLE',
    });
  });
});

describe('hiring', () => {
  it('lets an HR manager assign one responsible recruiter and distinct helpers', () => {
    const req = assignRecruiters(opened(), {
      responsibleRecruiterId: 'u-hr',
      helperRecruiterIds: ['u-hr2', 'u-hr', 'u-hr2'],
      principal: hrManager,
      now: NOW,
    });
    expect(req.responsibleRecruiterId).toBe('u-hr');
    expect(req.helperRecruiterIds).toEqual(['u-hr2']);
  });

  it('refuses assignment by a recruiter and on a draft', () => {
    const input = { responsibleRecruiterId: 'u-hr', helperRecruiterIds: [], now: NOW };
    expect(errorOf(() => assignRecruiters(opened(), { ...input, principal: recruiter }))).toMatchObject({ kind: 'permission_denied' });
    expect(errorOf(() => assignRecruiters(draft(), { ...input, principal: hrManager }))).toMatchObject({ reason: 'REQUISITION_NOT_OPEN' });
  });

  it('pauses, reopens and closes with a reason', () => {
    const paused = changeHiringStatus(opened(), { to: 'paused', principal: salesManager, now: NOW });
    const reopened = changeHiringStatus(paused, { to: 'open', principal: hrManager, now: NOW });
    expect(errorOf(() => changeHiringStatus(reopened, { to: 'closed', principal: hrManager, now: NOW }))).toMatchObject({
      kind: 'invalid_argument',
    });
    const closed = changeHiringStatus(reopened, { to: 'closed', comment: '岗位取消', principal: hrManager, now: NOW });
    expect(closed).toMatchObject({ status: 'closed', closeReason: '岗位取消', closedAt: NOW });
  });

  it('fills the requisition when hires reach the headcount', () => {
    const once = recordHire(opened(), NOW);
    expect(once).toMatchObject({ filled: false, requisition: { hiredCount: 1, status: 'open' } });
    const twice = recordHire(once.requisition, NOW);
    expect(twice).toMatchObject({ filled: true, requisition: { hiredCount: 2, status: 'filled' } });
  });
});
