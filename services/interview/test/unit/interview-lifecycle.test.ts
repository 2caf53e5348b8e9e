import {
  cancelInterview,
  recordNoShow,
  rescheduleInterview,
  respondAsCandidate,
  scheduleInterview,
} from '../../src/domain/interview-lifecycle';
import type { ScheduleInput } from '../../src/domain/interview-lifecycle';
import { endsAt } from '../../src/domain/interview';
import { submitEvaluation } from '../../src/domain/evaluation';
import {
  AFTER_START, NOW, START, alice, carol, errorOf, evaluationInput, hrManager, recruiter, salesManager, scheduleInput, scheduled,
} from './interview-fixtures';

const LATER = new Date('2026-12-02T06:00:00Z');

describe('scheduling', () => {
  it('creates a scheduled interview at sequence 0, awaiting the candidate, in Shanghai time by default', () => {
    const interview = scheduled();
    expect(interview).toMatchObject({
      status: 'scheduled', sequence: 0, candidateResponse: 'pending', timeZone: 'Asia/Shanghai',
      evaluations: [], createdBy: 'u-hr', version: 0, noteToCandidate: '请携带身份证',
    });
    expect(endsAt(interview)).toEqual(new Date('2026-12-01T03:00:00Z'));
  });

  it('removes duplicate interviewers and keeps a given IANA zone', () => {
    const interview = scheduled({ interviewerIds: ['u-alice', 'u-alice', ' '], timeZone: 'Europe/Berlin' });
    expect(interview.interviewerIds).toEqual(['u-alice']);
    expect(interview.timeZone).toBe('Europe/Berlin');
  });

  it('accepts video and phone formats', () => {
    expect(scheduled({ format: { kind: 'video', link: 'https://meeting.example.com/j/123' } }).format.kind).toBe('video');
    expect(scheduled({ format: { kind: 'phone', number: '+8613800138000' } }).format).toEqual({ kind: 'phone', number: '+8613800138000' });
  });

  it.each([
    [{ startsAt: NOW }, 'startsAt', 'future'],
    [{ startsAt: new Date('2026-11-01T00:00:00Z') }, 'startsAt', 'future'],
    [{ startsAt: new Date('nonsense') }, 'startsAt', 'date'],
    [{ durationMinutes: 14 }, 'durationMinutes', 'range'],
    [{ durationMinutes: 481 }, 'durationMinutes', 'range'],
    [{ durationMinutes: 30.5 }, 'durationMinutes', 'range'],
    [{ interviewerIds: [] }, 'interviewerIds', 'required'],
    [{ format: { kind: 'onsite', address: '上海', room: ' ' } }, 'format.room', 'required'],
    [{ format: { kind: 'onsite', address: '', room: '3' } }, 'format.address', 'required'],
    [{ format: { kind: 'video', link: 'javascript:alert(1)' } }, 'format.link', 'url'],
    [{ format: { kind: 'video', link: '' } }, 'format.link', 'required'],
    [{ format: { kind: 'phone', number: '' } }, 'format.number', 'required'],
    [{ format: { kind: 'carrier-pigeon' } as never }, 'format.kind', 'enum'],
    [{ round: 'fourth' as never }, 'round', 'enum'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'iana'],
    [{ applicationId: '' }, 'applicationId', 'required'],
  ] as [Partial<ScheduleInput>, string, string][])('refuses bad input naming the field %#', (overrides, field, rule) => {
    const error = errorOf(() => scheduled(overrides));
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('accepts the duration bounds 15 and 480 minutes', () => {
    expect(scheduled({ durationMinutes: 15 }).durationMinutes).toBe(15);
    expect(scheduled({ durationMinutes: 480 }).durationMinutes).toBe(480);
  });

  it('is for HR only', () => {
    for (const principal of [salesManager, alice]) {
      expect(errorOf(() => scheduleInterview(scheduleInput(), principal, NOW))).toMatchObject({ kind: 'permission_denied', reason: 'NOT_HR' });
    }
    expect(scheduleInterview(scheduleInput(), hrManager, NOW).createdBy).toBe('u-hrm');
  });
});

describe('rescheduling', () => {
  it('moves the interview, raises the sequence and asks the candidate again', () => {
    const confirmed = respondAsCandidate(scheduled(), 'confirmed', NOW);
    const moved = rescheduleInterview(confirmed, { startsAt: LATER, durationMinutes: 90 }, recruiter, NOW);
    expect(moved).toMatchObject({ startsAt: LATER, durationMinutes: 90, sequence: 1, candidateResponse: 'pending' });
    expect(moved.candidateRespondedAt).toBeUndefined();
    expect(moved.interviewerIds).toEqual(['u-alice', 'u-bob']);
    expect(rescheduleInterview(moved, { startsAt: START }, recruiter, NOW).sequence).toBe(2);
  });

  it('validates the new slot like a new interview', () => {
    const error = errorOf(() => rescheduleInterview(scheduled(), { startsAt: new Date('2026-01-01T00:00:00Z') }, recruiter, NOW));
    expect(error.violations[0]).toMatchObject({ field: 'startsAt', rule: 'future' });
    const empty = errorOf(() => rescheduleInterview(scheduled(), { startsAt: LATER, interviewerIds: [] }, recruiter, NOW));
    expect(empty.violations[0]).toMatchObject({ field: 'interviewerIds' });
  });

  it('refuses a cancelled interview and one that already has evaluations', () => {
    const cancelled = cancelInterview(scheduled(), '候选人已入职他处', recruiter, NOW);
    expect(errorOf(() => rescheduleInterview(cancelled, { startsAt: LATER }, recruiter, NOW))).toMatchObject({
      kind: 'failed_precondition', reason: 'INTERVIEW_NOT_SCHEDULED',
    });
    const evaluated = submitEvaluation(scheduled(), evaluationInput(), alice, AFTER_START);
    expect(errorOf(() => rescheduleInterview(evaluated, { startsAt: LATER }, recruiter, AFTER_START))).toMatchObject({
      kind: 'failed_precondition', reason: 'EVALUATIONS_SUBMITTED',
    });
  });
});

describe('cancelling', () => {
  it('raises the sequence and keeps the reason', () => {
    const cancelled = cancelInterview(scheduled(), ' 面试官出差 ', recruiter, NOW);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1, cancellation: { reason: '面试官出差', by: 'u-hr', at: NOW } });
  });

  it('needs a reason, HR, and a scheduled interview', () => {
    expect(errorOf(() => cancelInterview(scheduled(), ' ', recruiter, NOW)).violations[0]).toMatchObject({ field: 'reason' });
    expect(errorOf(() => cancelInterview(scheduled(), 'x', alice, NOW)).kind).toBe('permission_denied');
    const cancelled = cancelInterview(scheduled(), 'x', recruiter, NOW);
    expect(errorOf(() => cancelInterview(cancelled, 'again', recruiter, NOW)).kind).toBe('failed_precondition');
  });
});

describe('no-shows', () => {
  it('is recorded by HR or an assigned interviewer once the interview has started', () => {
    expect(recordNoShow(scheduled(), 'candidate', alice, AFTER_START).noShow).toEqual({ who: 'candidate', recordedBy: 'u-alice', at: AFTER_START });
    expect(recordNoShow(scheduled(), 'interviewer', recruiter, AFTER_START).noShow?.who).toBe('interviewer');
  });

  it('refuses others, early records, duplicates, cancelled interviews and unknown parties', () => {
    expect(errorOf(() => recordNoShow(scheduled(), 'candidate', carol, AFTER_START))).toMatchObject({
      kind: 'permission_denied', reason: 'NOT_HR_OR_ASSIGNED_INTERVIEWER',
    });
    expect(errorOf(() => recordNoShow(scheduled(), 'candidate', alice, NOW)).reason).toBe('INTERVIEW_NOT_STARTED');
    const once = recordNoShow(scheduled(), 'candidate', alice, AFTER_START);
    expect(errorOf(() => recordNoShow(once, 'candidate', recruiter, AFTER_START)).reason).toBe('NO_SHOW_ALREADY_RECORDED');
    const cancelled = cancelInterview(scheduled(), 'x', recruiter, NOW);
    expect(errorOf(() => recordNoShow(cancelled, 'candidate', recruiter, AFTER_START)).kind).toBe('failed_precondition');
    expect(errorOf(() => recordNoShow(scheduled(), 'nobody' as never, recruiter, AFTER_START)).violations[0]).toMatchObject({ field: 'who' });
  });
});

describe('candidate response', () => {
  it('confirms or declines while the interview is ahead, and may change their mind', () => {
    const confirmed = respondAsCandidate(scheduled(), 'confirmed', NOW);
    expect(confirmed).toMatchObject({ candidateResponse: 'confirmed', candidateRespondedAt: NOW });
    expect(respondAsCandidate(confirmed, 'declined', NOW).candidateResponse).toBe('declined');
  });

  it('is refused once the interview started or when it is no longer scheduled', () => {
    expect(errorOf(() => respondAsCandidate(scheduled(), 'confirmed', START))).toMatchObject({
      kind: 'failed_precondition', reason: 'INTERVIEW_STARTED',
    });
    const cancelled = cancelInterview(scheduled(), 'x', recruiter, NOW);
    expect(errorOf(() => respondAsCandidate(cancelled, 'confirmed', NOW)).reason).toBe('INTERVIEW_NOT_SCHEDULED');
    expect(errorOf(() => respondAsCandidate(scheduled(), 'maybe' as never, NOW)).kind).toBe('invalid_argument');
  });
});
