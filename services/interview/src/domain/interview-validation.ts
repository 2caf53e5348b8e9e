import { DomainError, TextParams, ViolationRule } from '@hr/workflow';
import { DEFAULT_TIME_ZONE, InterviewFormat, ROUNDS, Round } from './interview';

export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;
export const MAX_NOTE_LENGTH = 2000;

export interface SlotInput {
  startsAt: Date;
  durationMinutes: number;
  timeZone?: string;
  format: InterviewFormat;
  interviewerIds: string[];
}

function fail(field: string, rule: ViolationRule, params?: TextParams, text?: ViolationRule): never {
  throw DomainError.invalid(field, rule, params, text);
}

export function requireText(field: string, value: string | undefined): string {
  const text = value?.trim();
  if (!text) fail(field, 'required');
  return text;
}

export function validateRound(round: Round): Round {
  if (!ROUNDS.includes(round)) fail('round', 'enum', { values: ROUNDS });
  return round;
}

export function validateTimeZone(timeZone: string | undefined): string {
  const zone = timeZone?.trim() || DEFAULT_TIME_ZONE;
  try {
    // Intl knows the IANA database; an unknown name throws a RangeError.
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return fail('timeZone', 'iana');
  }
}

export function validateStart(startsAt: Date, now: Date): Date {
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) fail('startsAt', 'date', undefined, 'datetime');
  if (startsAt.getTime() <= now.getTime()) fail('startsAt', 'future');
  return startsAt;
}

export function validateDuration(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
    fail('durationMinutes', 'range', { min: MIN_DURATION_MINUTES, max: MAX_DURATION_MINUTES });
  }
  return minutes;
}

export function validateInterviewers(ids: string[] | undefined): string[] {
  const unique = [...new Set((ids ?? []).map((id) => id?.trim()).filter(Boolean))];
  if (unique.length === 0) fail('interviewerIds', 'required');
  return unique;
}

function validateLink(link: string | undefined): string {
  const text = requireText('format.link', link);
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !['https:', 'http:'].includes(url.protocol)) fail('format.link', 'url');
  return text;
}

export function validateFormat(format: InterviewFormat | undefined): InterviewFormat {
  switch (format?.kind) {
    case 'onsite':
      return { kind: 'onsite', address: requireText('format.address', format.address), room: requireText('format.room', format.room) };
    case 'video':
      return { kind: 'video', link: validateLink(format.link) };
    case 'phone':
      return { kind: 'phone', number: requireText('format.number', format.number) };
    default:
      return fail('format.kind', 'enum', { values: ['onsite', 'video', 'phone'] });
  }
}

export function validateNote(note: string | undefined): string | undefined {
  const text = note?.trim();
  if (text && text.length > MAX_NOTE_LENGTH) fail('noteToCandidate', 'max_length', { max: MAX_NOTE_LENGTH });
  return text || undefined;
}

export function validateSlot(slot: SlotInput, now: Date): Required<Omit<SlotInput, 'timeZone'>> & { timeZone: string } {
  return {
    startsAt: validateStart(slot.startsAt, now),
    durationMinutes: validateDuration(slot.durationMinutes),
    timeZone: validateTimeZone(slot.timeZone),
    format: validateFormat(slot.format),
    interviewerIds: validateInterviewers(slot.interviewerIds),
  };
}
