import { EventDefinition, EventEnvelope, RoundDecided } from '@hr/contracts';
import { buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';
import type { Interview } from '../domain/interview';
import type { RoundResult } from '../domain/round-result';
import type { InterviewRecord, Person } from './ports';

export const SOURCE = 'interview';

/** An event about an interview, stamped with the actor (the caller, unless a job acts) and the correlation id. */
export function interviewEvent<T extends string, D>(
  definition: EventDefinition<T, D>,
  data: D,
  now: Date,
  actor?: Principal,
): EventEnvelope {
  return buildEvent(definition, data, { source: SOURCE, actor, now });
}

export function interviewRef(interview: Interview) {
  return {
    interviewId: interview.id,
    applicationId: interview.applicationId,
    candidateId: interview.candidateId,
    requisitionId: interview.requisitionId,
  };
}

function person({ userId, name, email, locale }: Person) {
  return { userId, name, email, locale };
}

/** The interview as the people invited to it read it, at its current sequence. */
export function interviewSnapshot(record: InterviewRecord) {
  const { snapshot } = record;
  return {
    ...interviewRef(record),
    departmentId: snapshot.departmentId,
    positionTitle: snapshot.positionTitle,
    round: record.round,
    startsAt: record.startsAt.toISOString(),
    durationMinutes: record.durationMinutes,
    timeZone: record.timeZone,
    format: { ...record.format },
    sequence: record.sequence,
    candidate: person(snapshot.candidate),
    interviewers: snapshot.interviewers.map(person),
    contact: snapshot.contact && person(snapshot.contact),
    noteToCandidate: record.noteToCandidate,
  };
}

/** The round's result, which the resume service acts on (next round, offer, or rejection with the reason). */
export function roundDecidedEvent(record: InterviewRecord, result: RoundResult, now: Date, actor?: Principal): EventEnvelope {
  const { outcome, next, nextRound, reasonCode, decidedBy, overridden } = result;
  const data = { ...interviewRef(record), round: record.round, outcome, next, nextRound, reasonCode, decidedBy, overridden };
  return interviewEvent(RoundDecided, data, now, actor);
}
