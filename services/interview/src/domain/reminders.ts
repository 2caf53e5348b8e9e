import { DomainError } from '@hr/workflow';
import type { Interview } from './interview';

/** Minutes before the start: the day before and one hour before. */
export const DEFAULT_REMINDER_OFFSETS_MINUTES: readonly number[] = [24 * 60, 60];

export interface ReminderTime {
  offsetMinutes: number;
  at: Date;
}

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 24 * 60 };

/** Reads `24h,1h,30m` (as configuration writes it) into minutes. */
export function parseReminderOffsets(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d+)\s*([mhd])$/i.exec(part);
      const minutes = match ? Number(match[1]) * UNIT_MINUTES[match[2].toLowerCase()] : 0;
      if (minutes <= 0) throw DomainError.invalid('reminderOffsets', 'duration');
      return minutes;
    });
}

/** Reminders whose time has passed are skipped, e.g. the day-before one for an interview booked this morning. */
export function reminderTimes(
  interview: Pick<Interview, 'startsAt' | 'status'>,
  offsetsMinutes: readonly number[] = DEFAULT_REMINDER_OFFSETS_MINUTES,
  now: Date,
): ReminderTime[] {
  if (interview.status !== 'scheduled') return [];
  const offsets = [...new Set(offsetsMinutes)].filter((m) => Number.isFinite(m) && m > 0);
  return offsets
    .map((offsetMinutes) => ({ offsetMinutes, at: new Date(interview.startsAt.getTime() - offsetMinutes * 60_000) }))
    .filter((reminder) => reminder.at.getTime() > now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
