import { cancelInterview } from '../../src/domain/interview-lifecycle';
import { DEFAULT_REMINDER_OFFSETS_MINUTES, parseReminderOffsets, reminderTimes } from '../../src/domain/reminders';
import { NOW, START, errorOf, recruiter, scheduled } from './interview-fixtures';

describe('reminderTimes', () => {
  it('defaults to the day before and one hour before, earliest first', () => {
    expect(DEFAULT_REMINDER_OFFSETS_MINUTES).toEqual([1440, 60]);
    expect(reminderTimes(scheduled(), DEFAULT_REMINDER_OFFSETS_MINUTES, NOW)).toEqual([
      { offsetMinutes: 1440, at: new Date('2026-11-30T02:00:00Z') },
      { offsetMinutes: 60, at: new Date('2026-12-01T01:00:00Z') },
    ]);
  });

  it('leaves out reminders already in the past', () => {
    const morning = new Date('2026-12-01T00:00:00Z');
    expect(reminderTimes(scheduled(), [1440, 60], morning)).toEqual([{ offsetMinutes: 60, at: new Date('2026-12-01T01:00:00Z') }]);
    expect(reminderTimes(scheduled(), [1440, 60], new Date('2026-12-01T01:00:00Z'))).toEqual([]);
    expect(reminderTimes(scheduled(), [1440, 60], START)).toEqual([]);
  });

  it('has none for a cancelled or completed interview', () => {
    expect(reminderTimes(cancelInterview(scheduled(), '取消', recruiter, NOW), [60], NOW)).toEqual([]);
    expect(reminderTimes({ ...scheduled(), status: 'completed' }, [60], NOW)).toEqual([]);
  });

  it('uses configured offsets, ignoring duplicates and non-positive ones', () => {
    expect(reminderTimes(scheduled(), [30, 30, 0, -5, 120], NOW).map((r) => r.offsetMinutes)).toEqual([120, 30]);
  });
});

describe('parseReminderOffsets', () => {
  it('reads days, hours and minutes', () => {
    expect(parseReminderOffsets('24h, 1h')).toEqual([1440, 60]);
    expect(parseReminderOffsets('2d,30m,1H')).toEqual([2880, 30, 60]);
    expect(parseReminderOffsets('')).toEqual([]);
  });

  it('names the setting when a part is not a duration', () => {
    for (const text of ['24', '0h', 'soon', '1w']) {
      expect(errorOf(() => parseReminderOffsets(text)).violations[0]).toMatchObject({ field: 'reminderOffsets', rule: 'duration' });
    }
  });
});
