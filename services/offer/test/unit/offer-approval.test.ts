import { Principal } from '@hr/workflow';
import { defaultApprovalLevels } from '../../src/domain/approval-config';
import { decideOffer, draftOffer, reviseOffer, submitOffer, withdrawOffer } from '../../src/domain/offer-lifecycle';
import {
  LEVELS,
  NOW,
  clock,
  draft,
  errorOf,
  generalManager,
  hr,
  hrManager,
  interviewer,
  later,
  pending,
  salesHead,
  techHead,
  terms,
} from './offer-fixtures';

const approve = (offer: ReturnType<typeof pending>, principal: Principal, comment?: string) =>
  decideOffer(offer, { decision: 'approved', comment, principal, now: NOW });

describe('offer approval chain (HR manager → department head → general manager)', () => {
  it('lets only HR draft and submit', () => {
    expect(draft().status).toBe('draft');
    const byHead = () => draftOffer({ id: 'x', number: 'n', terms: terms(), principal: techHead, clock });
    expect(errorOf(byHead)).toMatchObject({ kind: 'permission_denied', reason: 'OFFER_FORBIDDEN' });
    expect(errorOf(() => submitOffer(draft(), LEVELS, techHead, clock))).toMatchObject({ kind: 'permission_denied', reason: 'OFFER_FORBIDDEN' });
    const offer = pending();
    expect(offer.status).toBe('pending_approval');
    expect(offer.approval).toMatchObject({ round: 1, current: 0, closed: false });
    expect(offer.approval!.levels.map((l) => l.key)).toEqual(['hr_manager', 'department_head', 'general_manager']);
  });

  it('skips the conditional general-manager level at or below the threshold', () => {
    // 20000 × 12 + 0 + 0 = 240000 ≤ 400000
    const modest = { ...terms().salary, monthlyBase: '20000', monthsPerYear: 12, allowances: [], bonus: '0' };
    const offer = pending({ salary: modest, probation: { months: 3, monthlySalary: '16000' } });
    expect(offer.approval!.levels.map((l) => l.key)).toEqual(['hr_manager', 'department_head']);
    const after = approve(approve(offer, hrManager).offer, techHead);
    expect(after).toMatchObject({ outcome: 'approved', offer: { status: 'approved' } });
    const atThreshold = { ...modest, monthlyBase: '30000', monthsPerYear: 13, bonus: '10000' }; // exactly 400000
    expect(pending({ salary: atThreshold, probation: { months: 3, monthlySalary: '24000' } }).approval!.levels).toHaveLength(2);
  });

  it('keeps the general manager unconditional without a threshold', () => {
    const modest = { ...terms().salary, monthlyBase: '8000', monthsPerYear: 12, allowances: [], bonus: '0' };
    const offer = submitOffer(draft({ salary: modest, probation: { months: 0, monthlySalary: '' } }), defaultApprovalLevels(), hr, clock);
    expect(offer.approval!.levels.map((l) => l.role)).toEqual(['hr_manager', 'dept_manager', 'general_manager']);
  });

  it('refuses the department head before the HR manager, and a head of another department', () => {
    expect(errorOf(() => approve(pending(), techHead))).toMatchObject({ kind: 'permission_denied', reason: 'NOT_CURRENT_APPROVER' });
    const atLevel2 = approve(pending(), hrManager).offer;
    expect(errorOf(() => approve(atLevel2, salesHead))).toMatchObject({ reason: 'NOT_CURRENT_APPROVER' });
    expect(errorOf(() => approve(atLevel2, generalManager))).toMatchObject({ reason: 'NOT_CURRENT_APPROVER' });
    expect(errorOf(() => approve(atLevel2, interviewer))).toMatchObject({ reason: 'NOT_CURRENT_APPROVER' });
  });

  it('lets one person decide only once per round, even holding the next level’s role', () => {
    const both: Principal = { userId: 'u-boss', roles: ['hr_manager', 'general_manager'] };
    const afterHead = approve(approve(pending(), both).offer, techHead).offer;
    expect(errorOf(() => approve(afterHead, both))).toMatchObject({ kind: 'failed_precondition', reason: 'ALREADY_DECIDED' });
  });

  it('approves after the last level and records who, when, what and the comment', () => {
    let offer = pending();
    const steps: [Principal, Date, string | undefined][] = [
      [hrManager, later(1000), '薪资合理'],
      [techHead, later(2000), undefined],
      [generalManager, later(3000), '同意'],
    ];
    const outcomes = steps.map(([principal, now, comment]) => {
      const result = decideOffer(offer, { decision: 'approved', comment, principal, now });
      offer = result.offer;
      return result.outcome;
    });
    expect(outcomes).toEqual(['advanced', 'advanced', 'approved']);
    expect(offer.status).toBe('approved');
    expect(offer.approval!.closed).toBe(true);
    expect(offer.approval!.history).toEqual([
      expect.objectContaining({ round: 1, level: 0, levelKey: 'hr_manager', decision: 'approved', by: 'u-hrm', at: later(1000), comment: '薪资合理' }),
      expect.objectContaining({ round: 1, level: 1, levelKey: 'department_head', by: 'u-tech-head', comment: undefined }),
      expect.objectContaining({ round: 1, level: 2, levelKey: 'general_manager', by: 'u-gm', comment: '同意' }),
    ]);
    expect(errorOf(() => approve(offer, generalManager))).toMatchObject({ reason: 'OFFER_NOT_PENDING_APPROVAL' });
  });

  it('rejects with a reason, for good', () => {
    const noReason = () => decideOffer(pending(), { decision: 'rejected', comment: ' ', principal: hrManager, now: NOW });
    expect(errorOf(noReason).violations[0]).toMatchObject({ field: 'comment', rule: 'required' });
    const { offer, outcome } = decideOffer(pending(), { decision: 'rejected', comment: '超出预算', principal: hrManager, now: NOW });
    expect(outcome).toBe('rejected');
    expect(offer.status).toBe('rejected');
    expect(offer.statusHistory.at(-1)).toMatchObject({ from: 'pending_approval', to: 'rejected', by: 'u-hrm', comment: '超出预算' });
    expect(errorOf(() => submitOffer(offer, LEVELS, hr, clock))).toMatchObject({ reason: 'ILLEGAL_TRANSITION' });
    expect(errorOf(() => reviseOffer(offer, terms(), hr, clock))).toMatchObject({ reason: 'OFFER_NOT_EDITABLE' });
  });

  it('returns for changes: HR edits and resubmits, a new round starts at the first level', () => {
    const atLevel2 = approve(pending(), hrManager).offer;
    const { offer: returned } = decideOffer(atLevel2, { decision: 'returned', comment: '试用期改为2个月', principal: techHead, now: NOW });
    expect(returned.status).toBe('returned');
    const edited = reviseOffer(returned, terms({ probation: { months: 2, monthlySalary: '24000' } }), hr, clock);
    const resubmitted = submitOffer(edited, LEVELS, hr, clock);
    expect(resubmitted.approval).toMatchObject({ round: 2, current: 0, closed: false });
    expect(resubmitted.approval!.history.map((h) => [h.round, h.decision])).toEqual([
      [1, 'approved'],
      [1, 'returned'],
    ]);
    // Deciding again in a new round is allowed.
    expect(approve(resubmitted, hrManager).outcome).toBe('advanced');
  });

  it('edits only drafts and returned offers, never moving them to another application', () => {
    expect(errorOf(() => reviseOffer(pending(), terms(), hr, clock))).toMatchObject({ reason: 'OFFER_NOT_EDITABLE' });
    expect(errorOf(() => reviseOffer(draft(), terms({ applicationId: 'app-2' }), hr, clock)).violations[0].field).toBe('applicationId');
    expect(errorOf(() => reviseOffer(draft(), terms(), techHead, clock)).reason).toBe('OFFER_FORBIDDEN');
    expect(reviseOffer(draft(), terms({ grade: 'P7' }), hr, clock).grade).toBe('P7');
  });

  it('re-validates on submit: an expiry that passed meanwhile is refused', () => {
    const stale = { ...clock, now: new Date('2026-12-06T00:00:00Z') };
    expect(errorOf(() => submitOffer(draft(), LEVELS, hr, stale)).violations.map((v) => v.field)).toContain('expiresAt');
  });

  it('honours configured levels naming their approvers', () => {
    const levels = [{ key: 'ceo', role: 'general_manager' as const, userIds: ['u-ceo'] }];
    const offer = submitOffer(draft(), levels, hr, clock);
    expect(errorOf(() => approve(offer, generalManager)).reason).toBe('NOT_CURRENT_APPROVER');
    expect(approve(offer, { userId: 'u-ceo', roles: ['general_manager'] }).outcome).toBe('approved');
  });

  it('withdraws open offers with a reason, closing any approval', () => {
    expect(errorOf(() => withdrawOffer(pending(), { reason: '', principal: hr, now: NOW })).violations[0].field).toBe('reason');
    const withdrawn = withdrawOffer(pending(), { reason: '岗位取消', principal: hr, now: NOW });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawReason: '岗位取消', approval: { closed: true } });
    expect(errorOf(() => withdrawOffer(withdrawn, { reason: 'again', principal: hr, now: NOW })).reason).toBe('OFFER_CLOSED');
    expect(errorOf(() => withdrawOffer(draft(), { reason: 'x', principal: techHead, now: NOW })).reason).toBe('OFFER_FORBIDDEN');
  });
});
