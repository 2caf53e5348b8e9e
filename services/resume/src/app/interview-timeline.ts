import {
  CandidateResponded,
  EvaluationSubmitted,
  EventData,
  EventEnvelope,
  InterviewCancelled,
  InterviewRescheduled,
  InterviewScheduled,
  NoShowRecorded,
  RoundDecided,
} from '@hr/contracts';
import { withoutUndefined } from '@hr/platform';
import { type Labels, REJECTION_REASON_LABELS } from '../domain/application-stage';
import { FORMAT_LABELS, NEXT_LABELS, ROUND_LABELS, VERDICT_LABELS, labelOf, localTime } from './interview-timeline-text';
import type { TimelineEntry } from './timeline';

type Snapshot = EventData<typeof InterviewScheduled>['interview'];
type Projected = { candidateId: string; applicationId: string; data: Record<string, unknown>; summary: Labels };

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the timeline keeps of an interview: ids, round, time and format kind. Participants' names,
 * e-mails, addresses, links and the invitation itself stay in the interview service.
 */
function snapshotData(interview: Snapshot) {
  const { interviewId, applicationId, requisitionId, round, positionTitle, startsAt, durationMinutes, timeZone, sequence } = interview;
  const interviewerIds = interview.interviewers.flatMap((person) => (person.userId ? [person.userId] : []));
  return { interviewId, applicationId, requisitionId, round, positionTitle, startsAt, durationMinutes, timeZone, format: interview.format.kind, sequence, interviewerIds };
}

function fromSnapshot(interview: Snapshot, extra: Record<string, unknown>, summary: Labels): Projected {
  return { candidateId: interview.candidateId, applicationId: interview.applicationId, data: { ...snapshotData(interview), ...extra }, summary };
}

/** The rounds HR passed over, and why: HR's own words, as a cancellation's reason is shown. */
function skipped(skip: EventData<typeof InterviewScheduled>['skippedRounds']): Labels {
  if (!skip) return { 'zh-CN': '', en: '' };
  const rounds = skip.rounds.map((r) => ROUND_LABELS[r]);
  return {
    'zh-CN': `；跳过${rounds.map((r) => r['zh-CN']).join('、')}，原因：${skip.reason}`,
    en: `; rounds skipped: ${rounds.map((r) => r.en).join(', ')} (reason: ${skip.reason})`,
  };
}

function scheduled({ interview, skippedRounds }: EventData<typeof InterviewScheduled>): Projected {
  const round = ROUND_LABELS[interview.round];
  const format = labelOf(FORMAT_LABELS, interview.format.kind);
  const at = localTime(interview.startsAt, interview.timeZone);
  const skip = skipped(skippedRounds);
  return fromSnapshot(interview, { skippedRounds }, {
    'zh-CN': `已安排${round['zh-CN']}（${format['zh-CN']}）：${at}${skip['zh-CN']}`,
    en: `${capitalized(round.en)} interview scheduled (${format.en}) for ${at}${skip.en}`,
  });
}

function rescheduled({ interview, previousStartsAt }: EventData<typeof InterviewRescheduled>): Projected {
  const round = ROUND_LABELS[interview.round];
  const at = localTime(interview.startsAt, interview.timeZone);
  const was = localTime(previousStartsAt, interview.timeZone);
  return fromSnapshot(interview, { previousStartsAt }, {
    'zh-CN': `${round['zh-CN']}改期至 ${at}（原定 ${was}）`,
    en: `${capitalized(round.en)} interview moved to ${at} (was ${was})`,
  });
}

function cancelled({ interview, reason }: EventData<typeof InterviewCancelled>): Projected {
  const round = ROUND_LABELS[interview.round];
  return fromSnapshot(interview, { reason }, { 'zh-CN': `${round['zh-CN']}已取消：${reason}`, en: `${capitalized(round.en)} interview cancelled: ${reason}` });
}

function responded(data: EventData<typeof CandidateResponded>): Projected {
  const { interviewId, applicationId, candidateId, requisitionId, response, comment } = data;
  const summary: Labels =
    response === 'confirmed'
      ? { 'zh-CN': '候选人已确认参加面试', en: 'The candidate confirmed the interview' }
      : { 'zh-CN': '候选人已谢绝面试邀请', en: 'The candidate declined the interview' };
  return { candidateId, applicationId, data: { interviewId, applicationId, requisitionId, response, comment }, summary };
}

function noShow(data: EventData<typeof NoShowRecorded>): Projected {
  const { interviewId, applicationId, candidateId, requisitionId, round, who, recordedBy } = data;
  const label = ROUND_LABELS[round];
  const summary: Labels =
    who === 'candidate'
      ? { 'zh-CN': `候选人未参加${label['zh-CN']}`, en: `The candidate did not show up for the ${label.en} interview` }
      : { 'zh-CN': `面试官未出席${label['zh-CN']}`, en: `An interviewer did not show up for the ${label.en} interview` };
  return { candidateId, applicationId, data: { interviewId, applicationId, requisitionId, round, who, recordedBy }, summary };
}

function evaluated(data: EventData<typeof EvaluationSubmitted>): Projected {
  const { interviewId, applicationId, candidateId, requisitionId, round, interviewerId, verdict, amended } = data;
  const label = ROUND_LABELS[round];
  const result = VERDICT_LABELS[verdict];
  const summary: Labels = {
    'zh-CN': `面试官${amended ? '修改' : '提交'}了${label['zh-CN']}评价：${result['zh-CN']}`,
    en: `An interviewer ${amended ? 'amended' : 'submitted'} a ${label.en} interview evaluation: ${result.en}`,
  };
  return { candidateId, applicationId, data: { interviewId, applicationId, requisitionId, round, interviewerId, verdict, amended }, summary };
}

function decided(data: EventData<typeof RoundDecided>): Projected {
  const { interviewId, applicationId, candidateId, requisitionId, round, outcome, next, nextRound, reasonCode, decidedBy, overridden } = data;
  const label = ROUND_LABELS[round];
  const [result, then] = [VERDICT_LABELS[outcome], NEXT_LABELS[next]];
  const reason = next === 'rejected' && reasonCode ? labelOf(REJECTION_REASON_LABELS, reasonCode) : undefined;
  const summary: Labels = {
    'zh-CN': `${label['zh-CN']}结果：${result['zh-CN']}，${then['zh-CN']}${reason ? `（${reason['zh-CN']}）` : ''}`,
    en: `${capitalized(label.en)} interview result: ${result.en}, ${then.en}${reason ? ` (${reason.en})` : ''}`,
  };
  const kept = { interviewId, applicationId, requisitionId, round, outcome, next, nextRound, reasonCode, decidedBy, overridden };
  return { candidateId, applicationId, data: kept, summary };
}

const PROJECTIONS: Record<string, (data: never) => Projected> = {
  [InterviewScheduled.type]: scheduled,
  [InterviewRescheduled.type]: rescheduled,
  [InterviewCancelled.type]: cancelled,
  [CandidateResponded.type]: responded,
  [NoShowRecorded.type]: noShow,
  [EvaluationSubmitted.type]: evaluated,
  [RoundDecided.type]: decided,
};

/** The timeline entry of an interview fact about a person, with a zh-CN/en `summary`; none for reminders. */
export function interviewTimelineEntryOf(event: EventEnvelope): TimelineEntry | undefined {
  const project = PROJECTIONS[event.type];
  if (!project) return undefined;
  const { candidateId, applicationId, data, summary } = project(event.data as never);
  return { id: event.id, candidateId, applicationId, type: event.type, actorId: event.actor?.userId, at: new Date(event.occurredAt), data: { ...withoutUndefined(data), summary } };
}
