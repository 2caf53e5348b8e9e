import { interviewV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { cancelInterview } from '../app/cancel-interview';
import type { InterviewDeps } from '../app/ports';
import { getInterview, listInterviews, listMyInterviews } from '../app/query-interviews';
import { recordNoShow } from '../app/record-no-show';
import { rescheduleInterview } from '../app/reschedule-interview';
import { scheduleInterviews } from '../app/schedule-interviews';
import type { InterviewStatus, NoShowParty, Round } from '../domain/interview';
import { fromProtoFormat, fromProtoParticipant, toProtoInterview } from './interview.mapper';

const one = (record: Parameters<typeof toProtoInterview>[0]) => ({ interview: toProtoInterview(record) });
/** A missing timestamp becomes an invalid date, which the domain names as the field at fault. */
const dateOf = (value: Date | undefined) => value ?? new Date(Number.NaN);

/** Invitations, changes to them and reads; every call acts for the principal the gateway signed. */
export function interviewHandlers(deps: InterviewDeps) {
  return {
    scheduleInterviews: async (req: interviewV1.ScheduleInterviewsRequest, call: CallInfo) => {
      const request = {
        applicationIds: req.applicationIds,
        round: req.round as Round,
        startsAt: dateOf(req.startsAt),
        durationMinutes: req.durationMinutes,
        timeZone: req.timeZone || undefined,
        format: fromProtoFormat(req.format),
        interviewers: req.interviewers.map(fromProtoParticipant),
        noteToCandidate: req.noteToCandidate,
        overrideConflicts: req.overrideConflicts,
        candidateLocale: req.candidateLocale,
        contact: req.contact && fromProtoParticipant(req.contact),
        skipRounds: req.skipRounds && { reason: req.skipRounds.reason },
      };
      const records = await scheduleInterviews(deps, request, requirePrincipal(call));
      return { interviews: records.map(toProtoInterview) };
    },
    rescheduleInterview: async (req: interviewV1.RescheduleInterviewRequest, call: CallInfo) => {
      const request = {
        id: req.id,
        expectedVersion: req.expectedVersion,
        startsAt: dateOf(req.startsAt),
        durationMinutes: req.durationMinutes || undefined,
        timeZone: req.timeZone || undefined,
        format: req.format?.kind ? fromProtoFormat(req.format) : undefined,
        interviewers: req.interviewers.map(fromProtoParticipant),
        noteToCandidate: req.noteToCandidate || undefined,
        overrideConflicts: req.overrideConflicts,
      };
      return one(await rescheduleInterview(deps, request, requirePrincipal(call)));
    },
    cancelInterview: async (req: interviewV1.CancelInterviewRequest, call: CallInfo) =>
      one(await cancelInterview(deps, { id: req.id, reason: req.reason }, requirePrincipal(call))),
    getInterview: async (req: interviewV1.GetInterviewRequest, call: CallInfo) => one(await getInterview(deps, req.id, requirePrincipal(call))),
    listInterviews: async (req: interviewV1.ListInterviewsRequest, call: CallInfo) => {
      const page = pageRequest(req.page);
      const filter = {
        applicationId: req.applicationId || undefined,
        candidateId: req.candidateId || undefined,
        requisitionId: req.requisitionId || undefined,
        interviewerId: req.interviewerId || undefined,
        statuses: req.statuses as InterviewStatus[],
        from: req.from,
        to: req.to,
      };
      const { items, total } = await listInterviews(deps, filter, page, requirePrincipal(call));
      return { interviews: items.map(toProtoInterview), page: { ...page, total } };
    },
    listMyInterviews: async (req: interviewV1.ListMyInterviewsRequest, call: CallInfo) => {
      const page = pageRequest(req.page);
      const input = { statuses: req.statuses as InterviewStatus[], awaitingMyEvaluation: req.awaitingMyEvaluation };
      const { items, total } = await listMyInterviews(deps, input, page, requirePrincipal(call));
      return { interviews: items.map(toProtoInterview), page: { ...page, total } };
    },
    recordNoShow: async (req: interviewV1.RecordNoShowRequest, call: CallInfo) =>
      one(await recordNoShow(deps, { interviewId: req.interviewId, who: req.who as NoShowParty }, requirePrincipal(call))),
  };
}
