import { DomainError, violation } from '@hr/workflow';
import { Interview, endsAt } from './interview';

export interface CandidateSlot {
  startsAt: Date;
  durationMinutes: number;
  interviewerIds: string[];
  /** The interview being moved, so that it does not conflict with itself. */
  interviewId?: string;
}

export type BookedInterview = Pick<Interview, 'id' | 'startsAt' | 'durationMinutes' | 'interviewerIds' | 'status'>;

export interface ScheduleConflict {
  interviewerId: string;
  interviewId: string;
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals: one interview ending at 10:00 and the next starting at 10:00 do not overlap. */
function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}

export function findConflicts(slot: CandidateSlot, existing: readonly BookedInterview[]): ScheduleConflict[] {
  const slotEnd = endsAt(slot);
  const conflicts: ScheduleConflict[] = [];
  for (const booked of existing) {
    if (booked.status === 'cancelled' || booked.id === slot.interviewId) continue;
    const bookedEnd = endsAt(booked);
    if (!overlaps(slot.startsAt, slotEnd, booked.startsAt, bookedEnd)) continue;
    for (const interviewerId of slot.interviewerIds) {
      if (booked.interviewerIds.includes(interviewerId)) {
        conflicts.push({ interviewerId, interviewId: booked.id, startsAt: booked.startsAt, endsAt: bookedEnd });
      }
    }
  }
  return conflicts;
}

export function conflictingInterviewerIds(conflicts: readonly ScheduleConflict[]): string[] {
  return [...new Set(conflicts.map((c) => c.interviewerId))];
}

/** HR may book a busy interviewer anyway, but only after confirming it explicitly. */
export function assertNoConflicts(conflicts: readonly ScheduleConflict[], overrideConfirmed: boolean): void {
  if (conflicts.length === 0 || overrideConfirmed) return;
  const ids = conflictingInterviewerIds(conflicts);
  const violations = conflicts.map((c) =>
    violation('interviewerIds', 'conflict', { id: c.interviewerId, interview: c.interviewId, from: c.startsAt.toISOString(), to: c.endsAt.toISOString() }),
  );
  throw new DomainError(
    'failed_precondition',
    'INTERVIEWER_CONFLICT',
    `interviewers already busy at that time: ${ids.join(', ')}; confirm to override`,
    violations,
  );
}
