import { EvaluationSubmitted } from '@hr/contracts';
import type { Principal } from '@hr/workflow';
import { Evaluation, EvaluationInput, amendEvaluation as amend, findEvaluation, submitEvaluation as submit } from '../domain/evaluation';
import { settleWhenAllSubmitted } from '../domain/round-result';
import { interviewEvent, interviewRef, roundDecidedEvent } from './interview-events';
import { applied, loadInterview, retryOnConflict } from './load-interview';
import type { InterviewDeps, InterviewRecord } from './ports';

export interface EvaluationRequest {
  interviewId: string;
  evaluation: EvaluationInput;
}

export interface Evaluated {
  record: InterviewRecord;
  evaluation: Evaluation;
}

type Rule = typeof submit;

/** Writes the caller's evaluation; the last of the assigned interviewers settles the round. */
async function evaluate(deps: InterviewDeps, request: EvaluationRequest, principal: Principal, rule: Rule, amended: boolean): Promise<Evaluated> {
  return retryOnConflict(async () => {
    const now = deps.now();
    const current = await loadInterview(deps, request.interviewId);
    const evaluated = rule(current, request.evaluation, principal, now);
    const { interview, result } = settleWhenAllSubmitted(evaluated, now, deps.roundOrder);
    const record = applied(current, interview);
    const evaluation = findEvaluation(record, principal.userId)!;
    const data = { ...interviewRef(record), round: record.round, interviewerId: principal.userId, verdict: evaluation.verdict, amended };
    const events = [interviewEvent(EvaluationSubmitted, data, now, principal)];
    if (result) events.push(roundDecidedEvent(record, result, now, principal));
    return { record: await deps.interviews.save(record, events), evaluation };
  });
}

export function submitEvaluation(deps: InterviewDeps, request: EvaluationRequest, principal: Principal): Promise<Evaluated> {
  return evaluate(deps, request, principal, submit, false);
}

/** Replaces the caller's evaluation until HR closes the round; earlier versions are kept. */
export function amendEvaluation(deps: InterviewDeps, request: EvaluationRequest, principal: Principal): Promise<Evaluated> {
  return evaluate(deps, request, principal, amend, true);
}
