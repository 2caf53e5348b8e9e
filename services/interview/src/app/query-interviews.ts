import { Principal, hasRole } from '@hr/workflow';
import type { Evaluation } from '../domain/evaluation';
import { visibleEvaluations } from '../domain/evaluation-visibility';
import type { InterviewStatus } from '../domain/interview';
import { isHr } from '../domain/interview-access';
import { loadVisibleInterview } from './load-interview';
import type { InterviewDeps, InterviewFilter, InterviewRecord, Page } from './ports';

type Result = Promise<{ items: InterviewRecord[]; total: number }>;

export function getInterview(deps: InterviewDeps, id: string, principal: Principal): Promise<InterviewRecord> {
  return loadVisibleInterview(deps, id, principal);
}

/** HR lists everything; a department manager their department's and their own; anyone else their own. */
export function listInterviews(deps: InterviewDeps, filter: Omit<InterviewFilter, 'visibleTo' | 'awaitingEvaluationBy'>, page: Page, principal: Principal): Result {
  if (isHr(principal)) return deps.interviews.list(filter, page, 'latest');
  const departmentId = hasRole(principal, 'dept_manager') ? principal.departmentId : undefined;
  return deps.interviews.list({ ...filter, visibleTo: { userId: principal.userId, departmentId } }, page, 'latest');
}

/** 我的面试: the interviews the caller takes part in, soonest first; optionally only those awaiting their evaluation. */
export function listMyInterviews(
  deps: InterviewDeps,
  input: { statuses?: InterviewStatus[]; awaitingMyEvaluation: boolean },
  page: Page,
  principal: Principal,
): Result {
  const filter: InterviewFilter = { interviewerId: principal.userId, statuses: input.statuses };
  if (input.awaitingMyEvaluation) filter.awaitingEvaluationBy = { userId: principal.userId, now: deps.now() };
  return deps.interviews.list(filter, page, 'earliest');
}

/** HR and the department's manager read all; an interviewer reads the others' only once theirs is in. */
export async function listEvaluations(
  deps: InterviewDeps,
  interviewId: string,
  principal: Principal,
): Promise<{ record: InterviewRecord; evaluations: Evaluation[] }> {
  const record = await loadVisibleInterview(deps, interviewId, principal);
  return { record, evaluations: visibleEvaluations(record, principal, { departmentId: record.snapshot.departmentId }) };
}
