import type { interviewV1 } from '@hr/contracts';
import type { z } from 'zod';
import { CRITERIA, EvaluationBody } from './schemas/evaluation.schemas';
import type { formatInput } from './schemas/interview.schemas';

type FormatInput = z.output<typeof formatInput>;
type Interview = interviewV1.Interview;

/** The proto's empty strings are "not set": they leave the JSON instead of reaching clients as "". */
const orUndefined = (value: string | undefined) => value || undefined;

export function toFormat(input: FormatInput): interviewV1.InterviewFormat {
  return { address: '', room: '', link: '', number: '', ...input };
}

/** Only the fields of the format's kind. */
export function presentFormat(format: interviewV1.InterviewFormat | undefined) {
  const { kind = '', address = '', room = '', link = '', number = '' } = format ?? {};
  if (kind === 'onsite') return { kind, address, room };
  if (kind === 'video') return { kind, link };
  if (kind === 'phone') return { kind, number };
  return { kind };
}

function presentResult(result: interviewV1.RoundResult) {
  return {
    outcome: result.outcome,
    next: result.next,
    nextRound: orUndefined(result.nextRound),
    reasonCode: orUndefined(result.reasonCode),
    decidedBy: result.decidedBy,
    decidedByUserId: orUndefined(result.decidedByUserId),
    decidedAt: result.decidedAt,
    overridden: result.overridden,
  };
}

function presentSkip(skip: interviewV1.RoundSkip | undefined) {
  return skip?.rounds.length ? { rounds: skip.rounds, reason: skip.reason, by: skip.by, at: skip.at } : undefined;
}

export function presentInterview(interview: Interview) {
  const { startsAt, durationMinutes, noShow, result } = interview;
  return {
    id: interview.id,
    applicationId: interview.applicationId,
    candidateId: interview.candidateId,
    requisitionId: interview.requisitionId,
    departmentId: orUndefined(interview.departmentId),
    positionTitle: interview.positionTitle,
    candidateName: interview.candidateName,
    round: interview.round,
    startsAt,
    endsAt: startsAt ? new Date(startsAt.getTime() + durationMinutes * 60_000) : undefined,
    durationMinutes,
    timeZone: interview.timeZone,
    format: presentFormat(interview.format),
    // The directory's e-mail addresses and languages stay between the gateway and the service.
    interviewers: interview.interviewers.map(({ userId, name }) => ({ userId, name })),
    noteToCandidate: orUndefined(interview.noteToCandidate),
    skippedRounds: presentSkip(interview.skippedRounds),
    status: interview.status,
    sequence: interview.sequence,
    candidateLocale: interview.candidateLocale || 'zh-CN',
    candidateResponse: interview.candidateResponse,
    candidateRespondedAt: interview.candidateRespondedAt,
    noShow: noShow ? { who: noShow.who, recordedBy: noShow.recordedBy, at: noShow.at } : undefined,
    cancellationReason: orUndefined(interview.cancellationReason),
    result: result ? presentResult(result) : undefined,
    roundClosed: interview.roundClosed,
    submittedInterviewerIds: interview.submittedInterviewerIds,
    createdBy: interview.createdBy,
    createdAt: interview.createdAt,
    updatedAt: interview.updatedAt,
    version: interview.version,
  };
}

/** `{ criterion: score }` as the proto's list, in the criteria's order. */
export function toEvaluationInput(body: EvaluationBody): interviewV1.EvaluationInput {
  return {
    ratings: CRITERIA.map((criterion) => ({ criterion, score: body.ratings[criterion] })),
    strengths: body.strengths,
    concerns: body.concerns,
    verdict: body.verdict,
    failReason: body.verdict === 'fail' ? (body.failReason ?? '') : '',
  };
}

function presentVersion(version: interviewV1.EvaluationVersion | undefined) {
  const v = version ?? { ratings: [], strengths: '', concerns: '', verdict: '', failReason: '', submittedAt: undefined };
  return {
    ratings: Object.fromEntries(v.ratings.map((rating) => [rating.criterion, rating.score])),
    strengths: v.strengths,
    concerns: v.concerns,
    verdict: v.verdict,
    failReason: orUndefined(v.failReason),
    submittedAt: v.submittedAt,
  };
}

export function presentEvaluation(evaluation: interviewV1.Evaluation) {
  return {
    interviewerId: evaluation.interviewerId,
    interviewerName: evaluation.interviewerName,
    ...presentVersion(evaluation.current),
    amendments: evaluation.amendments.map(presentVersion),
  };
}
