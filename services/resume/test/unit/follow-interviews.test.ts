import { principalOf } from '../../src/app/follow-event';
import { InterviewCancelled, InterviewRescheduled, InterviewScheduled, RoundDecided } from '@hr/contracts';
import { planInvitation, planRoundDecision, rejectionReasonOf, roundFactOf } from '../../src/app/follow-interviews';
import { REJECTION_REASON_LABELS } from '../../src/domain/application-stage';
import type { ApplicationStage } from '../../src/domain/application-stage';
import { interviewEvent, invitation, snapshot } from '../interview-fixtures';

const TERMINAL: ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

describe('what an interview invitation does to an application', () => {
  it('brings a new application to interview through screening, as the stage machine allows', () => {
    expect(planInvitation('new')).toEqual([{ to: 'screening' }, { to: 'interview' }]);
  });

  it.each<ApplicationStage>(['screening', 'offer'])('moves an application in %s to interview', (stage) => {
    expect(planInvitation(stage)).toEqual([{ to: 'interview' }]);
  });

  it('changes nothing for an application already in interview', () => {
    expect(planInvitation('interview')).toEqual([]);
  });

  it.each(TERMINAL)('leaves a %s application alone', (stage) => {
    expect(planInvitation(stage)).toBe('closed');
  });
});

describe("what a round's result does to an application", () => {
  it('moves an application in interview to offer when the round leads to an offer', () => {
    expect(planRoundDecision('interview', { next: 'offer' })).toEqual([{ to: 'offer' }]);
  });

  it('rejects with the failed-interview reason, also when the event names none or one unknown here', () => {
    expect(planRoundDecision('interview', { next: 'rejected', reasonCode: 'failed_interview' })).toEqual([{ to: 'rejected', reasonCode: 'failed_interview' }]);
    expect(planRoundDecision('interview', { next: 'rejected' })).toEqual([{ to: 'rejected', reasonCode: 'failed_interview' }]);
    expect(planRoundDecision('interview', { next: 'rejected', reasonCode: 'no_such_reason' })).toEqual([{ to: 'rejected', reasonCode: 'failed_interview' }]);
  });

  it('keeps a reason the resume service knows', () => {
    expect(rejectionReasonOf('salary_mismatch')).toBe('salary_mismatch');
  });

  it.each<ApplicationStage>(['new', 'screening', 'interview', 'offer'])('keeps an application in %s where it is for another round', (stage) => {
    expect(planRoundDecision(stage, { next: 'next_round' })).toEqual([]);
  });

  it("keeps HR's later decision: an application already at offer is not moved by the round", () => {
    expect(planRoundDecision('offer', { next: 'offer' })).toEqual([]);
    expect(planRoundDecision('offer', { next: 'rejected', reasonCode: 'failed_interview' })).toEqual([]);
  });

  it.each<ApplicationStage>(['new', 'screening'])('waits (retry) when the invitation has not reached an application in %s yet', (stage) => {
    expect(planRoundDecision(stage, { next: 'offer' })).toBe('not_yet');
    expect(planRoundDecision(stage, { next: 'rejected' })).toBe('not_yet');
  });

  it.each(TERMINAL)('leaves a %s application alone', (stage) => {
    expect(planRoundDecision(stage, { next: 'offer' })).toBe('closed');
    expect(planRoundDecision(stage, { next: 'rejected' })).toBe('closed');
  });

  it('has zh-CN and en labels for the failed-interview reason', () => {
    expect(REJECTION_REASON_LABELS.failed_interview).toEqual({ 'zh-CN': '面试未通过', en: 'Did not pass the interview' });
  });
});

describe('who moved the application', () => {
  const envelope = { id: 'e1', type: 'interview.round.decided.v1', version: 1, occurredAt: new Date().toISOString(), source: 'interview', correlationId: 'c1', data: {} };

  it("is the event's actor", () => {
    expect(principalOf({ ...envelope, actor: { userId: 'u-hr-1', roles: ['hr'] } })).toEqual({ userId: 'u-hr-1', roles: ['hr'] });
  });

  it('is the system when the event names nobody', () => {
    expect(principalOf(envelope)).toEqual({ userId: 'system', roles: [] });
  });
});

describe('what an interview event says about the application\'s rounds', () => {
  const refs = { interviewId: 'iv-2', applicationId: 'app-1', candidateId: 'cand-1', requisitionId: 'req-1' };
  const second = snapshot(refs, { round: 'second' });

  it('reads the round of an invitation (with the rounds HR skipped), a result and a cancellation, at the time it happened', () => {
    const skip = { rounds: ['first' as const], reason: '内推' };
    const invited = interviewEvent(InterviewScheduled, { interview: second, invitation: invitation(), skippedRounds: skip });
    expect(roundFactOf(invited)).toEqual({ kind: 'scheduled', interviewId: 'iv-2', round: 'second', at: new Date(invited.occurredAt), skipped: skip });
    const passed = interviewEvent(RoundDecided, { ...refs, round: 'second', outcome: 'pass', next: 'next_round', nextRound: 'final', decidedBy: 'hr', overridden: false });
    expect(roundFactOf(passed)).toEqual({ kind: 'decided', interviewId: 'iv-2', round: 'second', at: new Date(passed.occurredAt), outcome: 'pass', nextRound: 'final' });
    const cancelled = interviewEvent(InterviewCancelled, { interview: second, invitation: invitation('CANCEL'), reason: '候选人改约' });
    expect(roundFactOf(cancelled)).toEqual({ kind: 'cancelled', interviewId: 'iv-2', round: 'second', at: new Date(cancelled.occurredAt) });
  });

  it('reads nothing from a new time', () => {
    expect(roundFactOf(interviewEvent(InterviewRescheduled, { interview: second, invitation: invitation(), previousStartsAt: second.startsAt }))).toBeUndefined();
  });
});
