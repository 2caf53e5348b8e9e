import type { ServiceDefinition } from '@grpc/grpc-js';
import { interviewV1 } from '@hr/contracts';
import { CallInfo, DomainError, GrpcServer, createLogger, requirePrincipal, violation } from '@hr/platform';
import type { RecordedCall } from './stub-requisition-service';

type Interview = interviewV1.Interview;
type Link = interviewV1.DescribeResponseLinkResponse;

const AT = new Date('2026-02-03T04:05:06.000Z');
export const LATER = new Date('2030-03-05T06:00:00.000Z');

export function stubInterview(id: string, overrides: Partial<Interview> = {}): Interview {
  return interviewV1.Interview.fromPartial({
    id,
    applicationId: `app-${id}`,
    candidateId: 'c1',
    requisitionId: 'r1',
    positionTitle: 'Java 工程师',
    candidateName: '李娜',
    round: 'first',
    startsAt: LATER,
    durationMinutes: 60,
    timeZone: 'Asia/Shanghai',
    format: { kind: 'video', link: 'https://meet.example.com/x' },
    status: 'scheduled',
    candidateResponse: 'pending',
    candidateLocale: 'zh-CN',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  });
}

export function stubLink(overrides: Partial<Link> = {}): Link {
  return interviewV1.DescribeResponseLinkResponse.fromPartial({
    action: 'confirm',
    positionTitle: 'Java 工程师',
    candidateName: '李娜',
    startsAt: LATER,
    durationMinutes: 60,
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    candidateResponse: 'pending',
    ...overrides,
  });
}

const isHr = (call: CallInfo) => requirePrincipal(call).roles.some((role) => role === 'hr' || role === 'hr_manager');

/**
 * An in-memory InterviewService on a real gRPC server, with canned answers for what the gateway must
 * handle: it re-checks HR and the assigned interviewer (403), refuses interviewers listed in `busy`
 * unless overridden (409 INTERVIEWER_CONFLICT with violations), and answers response links from `links`
 * (an Error there is thrown as the refusal). Every call is recorded with its verified principal.
 */
export async function startStubInterviewService(principalSecret: string) {
  const calls: RecordedCall[] = [];
  const interviews = new Map<string, Interview>();
  const evaluations = new Map<string, interviewV1.Evaluation[]>();
  const links = new Map<string, Link | Error>();
  const busy = new Set<string>();
  let next = 1;
  const get = (id: string) => interviews.get(id) ?? (() => { throw DomainError.notFound('INTERVIEW_NOT_FOUND', id); })();
  const save = (interview: Interview) => (interviews.set(interview.id, interview), { interview });
  const change = (id: string, patch: Partial<Interview>) => save({ ...get(id), ...patch, version: get(id).version + 1 });
  const requireHr = (call: CallInfo) => {
    if (!isHr(call)) throw DomainError.forbidden('NOT_HR', 'only HR may do this');
  };
  const requireAssigned = (interview: Interview, call: CallInfo) => {
    const userId = requirePrincipal(call).userId;
    if (!interview.interviewers.some((p) => p.userId === userId)) {
      throw DomainError.forbidden('NOT_ASSIGNED_INTERVIEWER', 'only an interviewer assigned to this interview may evaluate it');
    }
    return userId;
  };
  const link = (token: string) => {
    const found = links.get(token) ?? new DomainError('permission_denied', 'RESPONSE_LINK_INVALID', 'the link is not valid');
    if (found instanceof Error) throw found;
    return found;
  };
  const page = (request: { page?: { page: number; pageSize: number } }, total: number) => ({ page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total });
  const evaluate = (request: interviewV1.SubmitEvaluationRequest, call: CallInfo, amend: boolean) => {
    const interview = get(request.interviewId);
    const userId = requireAssigned(interview, call);
    const list = evaluations.get(interview.id) ?? [];
    const mine = list.find((e) => e.interviewerId === userId);
    if (!amend && mine) throw new DomainError('already_exists', 'EVALUATION_EXISTS', 'amend it instead');
    if (amend && !mine) throw DomainError.conflict('NO_EVALUATION', userId);
    const current = { ...request.evaluation!, submittedAt: AT };
    const evaluation = { interviewerId: userId, interviewerName: requirePrincipal(call).name ?? '', current, amendments: mine ? [...mine.amendments, mine.current!] : [] };
    evaluations.set(interview.id, [...list.filter((e) => e !== mine), evaluation]);
    const submitted = [...new Set([...interview.submittedInterviewerIds, userId])];
    return { evaluation, ...change(interview.id, { submittedInterviewerIds: submitted }) };
  };

  const handlers: Record<string, (request: any, call: CallInfo) => unknown> = {
    scheduleInterviews: (request: interviewV1.ScheduleInterviewsRequest, call) => {
      requireHr(call);
      const conflicts = request.interviewers.filter((p) => busy.has(p.userId));
      if (conflicts.length && !request.overrideConflicts) {
        const violations = conflicts.map((p) => violation('interviewerIds', 'conflict', { id: p.userId, interview: 'x9', from: '2030-03-05T06:00:00.000Z', to: '2030-03-05T07:00:00.000Z' }));
        throw new DomainError('failed_precondition', 'INTERVIEWER_CONFLICT', 'interviewers already busy at that time; confirm to override', violations);
      }
      const { applicationIds, round, startsAt, durationMinutes, timeZone, format, interviewers, candidateLocale } = request;
      const scheduled = applicationIds.map((applicationId) => {
        const id = `iv${next++}`;
        const fields = { applicationId, round, startsAt, durationMinutes, timeZone, format, interviewers, candidateLocale: candidateLocale || 'zh-CN' };
        return save(stubInterview(id, { ...fields, createdBy: requirePrincipal(call).userId })).interview;
      });
      return { interviews: scheduled };
    },
    getInterview: (request, call) => {
      const interview = get(request.id);
      if (!isHr(call) && requirePrincipal(call).roles.includes('interviewer')) requireAssigned(interview, call);
      return { interview };
    },
    listInterviews: (request) => ({ interviews: [...interviews.values()], page: page(request, interviews.size) }),
    listMyInterviews: (request, call) => {
      const mine = [...interviews.values()].filter((i) => i.interviewers.some((p) => p.userId === requirePrincipal(call).userId));
      return { interviews: mine, page: page(request, mine.length) };
    },
    rescheduleInterview: (request: interviewV1.RescheduleInterviewRequest, call) => {
      requireHr(call);
      const current = get(request.id);
      if (request.expectedVersion && request.expectedVersion !== current.version) throw new DomainError('aborted', 'CONCURRENT_MODIFICATION', 'changed meanwhile');
      const interviewers = request.interviewers.length ? request.interviewers : current.interviewers;
      return change(request.id, { startsAt: request.startsAt, interviewers, sequence: current.sequence + 1 });
    },
    cancelInterview: (request, call) => (requireHr(call), change(request.id, { status: 'cancelled', cancellationReason: request.reason })),
    recordNoShow: (request, call) => {
      const interview = get(request.interviewId);
      if (!isHr(call)) requireAssigned(interview, call);
      return change(interview.id, { noShow: { who: request.who, recordedBy: requirePrincipal(call).userId, at: AT } });
    },
    submitEvaluation: (request, call) => evaluate(request, call, false),
    amendEvaluation: (request, call) => evaluate(request, call, true),
    listEvaluations: (request) => ({ evaluations: evaluations.get(get(request.interviewId).id) ?? [] }),
    decideRound: (request, call) => {
      requireHr(call);
      const result = { outcome: request.outcome, next: request.outcome === 'pass' ? 'next_round' : 'rejected', nextRound: 'second', decidedBy: 'hr', decidedByUserId: requirePrincipal(call).userId, decidedAt: AT, overridden: request.overrideFailures };
      return change(request.interviewId, { status: 'completed', result: interviewV1.RoundResult.fromPartial(result) });
    },
    closeRound: (request, call) => (requireHr(call), change(request.interviewId, { roundClosed: true })),
    describeResponseLink: (request) => link(request.token),
    respondToInvitation: (request) => {
      const found = link(request.token);
      const candidateResponse = found.action === 'decline' ? 'declined' : 'confirmed';
      links.set(request.token, { ...found, candidateResponse });
      return { candidateResponse, locale: found.locale };
    },
  };
  const server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret, logger: createLogger('stub', 'silent') });
  const recorded = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      async (request: unknown, call: CallInfo) => (calls.push({ method, request, call }), handler(request, call)),
    ]),
  );
  server.add(interviewV1.InterviewServiceService as unknown as ServiceDefinition, recorded as never);
  const port = await server.start();
  return {
    address: `127.0.0.1:${port}`,
    calls,
    interviews,
    links,
    busy,
    stop: () => server.stop(),
    last: (method: string) => calls.filter((c) => c.method === method).pop(),
  };
}
