import { Principal } from '@hr/workflow';
import { Interview, isAssignedInterviewer } from './interview';
import { isHr, managesDepartment } from './interview-access';
import { Evaluation, findEvaluation } from './evaluation';

export interface VisibilityContext {
  /** The department of the requisition the interview belongs to. */
  departmentId?: string;
}

/** An interviewer sees colleagues' evaluations only after submitting, so theirs stays independent. */
export function visibleEvaluations(interview: Interview, principal: Principal, context: VisibilityContext): Evaluation[] {
  if (isHr(principal) || managesDepartment(principal, context.departmentId)) return interview.evaluations;
  if (!isAssignedInterviewer(interview, principal.userId)) return [];
  return findEvaluation(interview, principal.userId) ? interview.evaluations : [];
}
