import { interviewV1 } from '@hr/contracts';
import type { Evaluation, EvaluationInput, EvaluationVersion } from '../domain/evaluation';
import { DEFAULT_CRITERIA, Verdict } from '../domain/evaluation-criteria';
import type { InterviewFormat } from '../domain/interview';
import type { InterviewRecord, Interviewer, Person } from '../app/ports';

/** Only the fields of the chosen kind travel into the domain, which checks them. */
export function fromProtoFormat(format: interviewV1.InterviewFormat | undefined): InterviewFormat {
  const kind = format?.kind ?? '';
  if (kind === 'onsite') return { kind, address: format!.address, room: format!.room };
  if (kind === 'video') return { kind, link: format!.link };
  if (kind === 'phone') return { kind, number: format!.number };
  return { kind } as unknown as InterviewFormat;
}

export function fromProtoParticipant(participant: interviewV1.Participant): Partial<Interviewer> {
  return { userId: participant.userId, name: participant.name, email: participant.email, locale: participant.locale as Person['locale'] };
}

function toProtoParticipant(person: Person): interviewV1.Participant {
  return interviewV1.Participant.fromPartial({ userId: person.userId ?? '', name: person.name, email: person.email ?? '', locale: person.locale });
}

export function toProtoInterview(record: InterviewRecord): interviewV1.Interview {
  const { snapshot, result, noShow } = record;
  return interviewV1.Interview.fromPartial({
    id: record.id,
    applicationId: record.applicationId,
    candidateId: record.candidateId,
    requisitionId: record.requisitionId,
    departmentId: snapshot.departmentId ?? '',
    positionTitle: snapshot.positionTitle,
    candidateName: snapshot.candidate.name,
    candidateLocale: snapshot.candidate.locale,
    round: record.round,
    startsAt: record.startsAt,
    durationMinutes: record.durationMinutes,
    timeZone: record.timeZone,
    format: record.format,
    interviewers: snapshot.interviewers.map(toProtoParticipant),
    noteToCandidate: record.noteToCandidate ?? '',
    skippedRounds: record.skippedRounds,
    status: record.status,
    sequence: record.sequence,
    candidateResponse: record.candidateResponse,
    candidateRespondedAt: record.candidateRespondedAt,
    noShow,
    cancellationReason: record.cancellation?.reason ?? '',
    result: result && { ...result, nextRound: result.nextRound ?? '', reasonCode: result.reasonCode ?? '', decidedByUserId: result.decidedByUserId ?? '' },
    roundClosed: !!record.roundClosed,
    submittedInterviewerIds: record.evaluations.map((e) => e.interviewerId),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  });
}

function toProtoVersion(version: EvaluationVersion): interviewV1.EvaluationVersion {
  // The configured criteria first, in their order; anything else an older evaluation was rated on after them.
  const known = DEFAULT_CRITERIA.map((c) => c.key).filter((key) => key in version.ratings);
  const keys = [...known, ...Object.keys(version.ratings).filter((key) => !known.includes(key))];
  return interviewV1.EvaluationVersion.fromPartial({
    ratings: keys.map((criterion) => ({ criterion, score: version.ratings[criterion] })),
    strengths: version.strengths,
    concerns: version.concerns,
    verdict: version.verdict,
    failReason: version.failReason ?? '',
    submittedAt: version.submittedAt,
  });
}

export function toProtoEvaluation(evaluation: Evaluation, record: InterviewRecord): interviewV1.Evaluation {
  const { interviewerId, amendments, ...current } = evaluation;
  const name = record.snapshot.interviewers.find((i) => i.userId === interviewerId)?.name ?? '';
  return interviewV1.Evaluation.fromPartial({
    interviewerId,
    interviewerName: name,
    current: toProtoVersion(current),
    amendments: amendments.map(toProtoVersion),
  });
}

export function fromProtoEvaluation(input: interviewV1.EvaluationInput | undefined): EvaluationInput {
  const ratings = Object.fromEntries((input?.ratings ?? []).map((r) => [r.criterion, r.score]));
  return {
    ratings,
    strengths: input?.strengths ?? '',
    concerns: input?.concerns ?? '',
    verdict: (input?.verdict ?? '') as Verdict,
    failReason: input?.failReason || undefined,
  };
}
