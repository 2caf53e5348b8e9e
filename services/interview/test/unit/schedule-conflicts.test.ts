import { BookedInterview, assertNoConflicts, findConflicts } from '../../src/domain/schedule-conflicts';
import { DomainError } from '@hr/workflow';
import { errorOf } from './interview-fixtures';

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`);
const booked = (id: string, start: string, minutes: number, interviewerIds: string[], status: BookedInterview['status'] = 'scheduled') =>
  ({ id, startsAt: at(start), durationMinutes: minutes, interviewerIds, status }) satisfies BookedInterview;

const existing = [
  booked('iv-a', '10:00', 60, ['u-alice']),
  booked('iv-b', '14:00', 60, ['u-bob', 'u-dave']),
  booked('iv-c', '10:30', 60, ['u-bob'], 'cancelled'),
  booked('iv-d', '09:00', 240, ['u-erin'], 'completed'),
];

describe('findConflicts', () => {
  it('finds an interviewer busy in an overlapping interval', () => {
    const conflicts = findConflicts({ startsAt: at('10:30'), durationMinutes: 60, interviewerIds: ['u-alice', 'u-bob'] }, existing);
    expect(conflicts).toEqual([
      { interviewerId: 'u-alice', interviewId: 'iv-a', startsAt: at('10:00'), endsAt: at('11:00') },
    ]);
  });

  it('ignores cancelled interviews', () => {
    expect(findConflicts({ startsAt: at('10:30'), durationMinutes: 30, interviewerIds: ['u-bob'] }, existing)).toEqual([]);
  });

  it('does not treat touching ends as overlap', () => {
    expect(findConflicts({ startsAt: at('11:00'), durationMinutes: 60, interviewerIds: ['u-alice'] }, existing)).toEqual([]);
    expect(findConflicts({ startsAt: at('09:00'), durationMinutes: 60, interviewerIds: ['u-alice'] }, existing)).toEqual([]);
    expect(findConflicts({ startsAt: at('09:00'), durationMinutes: 61, interviewerIds: ['u-alice'] }, existing)).toHaveLength(1);
  });

  it('finds a slot that encloses or sits inside a booked one', () => {
    expect(findConflicts({ startsAt: at('13:00'), durationMinutes: 240, interviewerIds: ['u-dave'] }, existing)).toHaveLength(1);
    expect(findConflicts({ startsAt: at('14:15'), durationMinutes: 15, interviewerIds: ['u-bob', 'u-dave'] }, existing)
      .map((c) => c.interviewerId)).toEqual(['u-bob', 'u-dave']);
    expect(findConflicts({ startsAt: at('12:00'), durationMinutes: 30, interviewerIds: ['u-erin'] }, existing)).toHaveLength(1);
  });

  it('does not let an interview being moved conflict with itself', () => {
    const slot = { startsAt: at('10:15'), durationMinutes: 60, interviewerIds: ['u-alice'], interviewId: 'iv-a' };
    expect(findConflicts(slot, existing)).toEqual([]);
  });

  it('ignores interviewers not in the slot', () => {
    expect(findConflicts({ startsAt: at('10:00'), durationMinutes: 60, interviewerIds: ['u-frank'] }, existing)).toEqual([]);
  });
});

describe('assertNoConflicts', () => {
  const conflicts = findConflicts({ startsAt: at('10:00'), durationMinutes: 300, interviewerIds: ['u-alice', 'u-bob'] }, existing);

  it('refuses with INTERVIEWER_CONFLICT listing each busy interviewer', () => {
    const error = errorOf(() => assertNoConflicts(conflicts, false));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'failed_precondition', reason: 'INTERVIEWER_CONFLICT' });
    expect(error.message).toContain('u-alice, u-bob');
    expect(error.violations.map((v) => v.message?.split(' ')[0])).toEqual(['u-alice', 'u-bob']);
  });

  it('lets HR override after confirming, and passes when nobody is busy', () => {
    expect(() => assertNoConflicts(conflicts, true)).not.toThrow();
    expect(() => assertNoConflicts([], false)).not.toThrow();
  });
});
