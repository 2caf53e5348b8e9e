import { DomainError, Principal } from '@hr/workflow';
import { Interview, isAssignedInterviewer } from './interview';
import { Criterion, DEFAULT_CRITERIA, Verdict } from './evaluation-criteria';
import { validateEvaluation } from './evaluation-validation';

export interface EvaluationInput {
  ratings: Record<string, number>;
  strengths: string;
  concerns: string;
  verdict: Verdict;
  failReason?: string;
}

export interface EvaluationVersion extends EvaluationInput {
  submittedAt: Date;
}

export interface Evaluation extends EvaluationVersion {
  interviewerId: string;
  /** Earlier versions, oldest first: an amendment never erases what was said before. */
  amendments: EvaluationVersion[];
}

export function findEvaluation(interview: Interview, interviewerId: string): Evaluation | undefined {
  return interview.evaluations.find((e) => e.interviewerId === interviewerId);
}

/** Only the interviewers of THIS interview write; interviewers of other rounds are refused as well. */
function requireWritable(interview: Interview, principal: Principal, now: Date): void {
  if (!isAssignedInterviewer(interview, principal.userId)) {
    throw DomainError.forbidden('NOT_ASSIGNED_INTERVIEWER', 'only an interviewer assigned to this interview may evaluate it');
  }
  if (interview.status === 'cancelled') throw DomainError.conflict('INTERVIEW_CANCELLED', 'the interview was cancelled');
  if (interview.roundClosed) throw DomainError.conflict('ROUND_CLOSED', 'HR has closed this round');
  if (now.getTime() < interview.startsAt.getTime()) {
    throw DomainError.conflict('INTERVIEW_NOT_STARTED', 'an interview is evaluated once it has started');
  }
}

export function submitEvaluation(
  interview: Interview,
  input: EvaluationInput,
  principal: Principal,
  now: Date,
  criteria: readonly Criterion[] = DEFAULT_CRITERIA,
): Interview {
  requireWritable(interview, principal, now);
  if (findEvaluation(interview, principal.userId)) {
    throw new DomainError('already_exists', 'EVALUATION_EXISTS', 'you have already evaluated this interview; amend it instead');
  }
  const evaluation: Evaluation = {
    ...validateEvaluation(input, criteria),
    interviewerId: principal.userId,
    submittedAt: now,
    amendments: [],
  };
  return { ...interview, evaluations: [...interview.evaluations, evaluation], updatedAt: now };
}

export function amendEvaluation(
  interview: Interview,
  input: EvaluationInput,
  principal: Principal,
  now: Date,
  criteria: readonly Criterion[] = DEFAULT_CRITERIA,
): Interview {
  requireWritable(interview, principal, now);
  const current = findEvaluation(interview, principal.userId);
  if (!current) throw DomainError.conflict('NO_EVALUATION', 'there is no evaluation of yours to amend; submit one first');
  const { interviewerId, amendments, ...previous } = current;
  const amended: Evaluation = {
    ...validateEvaluation(input, criteria),
    interviewerId,
    submittedAt: now,
    amendments: [...amendments, previous],
  };
  const evaluations = interview.evaluations.map((e) => (e.interviewerId === interviewerId ? amended : e));
  return { ...interview, evaluations, updatedAt: now };
}

export function allInterviewersSubmitted(interview: Interview): boolean {
  return interview.interviewerIds.every((id) => findEvaluation(interview, id));
}
