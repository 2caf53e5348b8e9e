import { interviewV1 } from '@hr/contracts';
import { CallInfo, requirePrincipal } from '@hr/platform';
import { closeRound, decideRound } from '../app/decide-round';
import { Evaluated, amendEvaluation, submitEvaluation } from '../app/evaluate-interview';
import type { InterviewDeps } from '../app/ports';
import { listEvaluations } from '../app/query-interviews';
import type { RoundOutcome } from '../domain/round-result';
import { fromProtoEvaluation, toProtoEvaluation, toProtoInterview } from './interview.mapper';

const evaluated = ({ record, evaluation }: Evaluated) => ({
  interview: toProtoInterview(record),
  evaluation: toProtoEvaluation(evaluation, record),
});

/** Evaluations and round results; the domain decides who may write (403) and who may read (404). */
export function evaluationHandlers(deps: InterviewDeps) {
  return {
    submitEvaluation: async (req: interviewV1.SubmitEvaluationRequest, call: CallInfo) =>
      evaluated(await submitEvaluation(deps, { interviewId: req.interviewId, evaluation: fromProtoEvaluation(req.evaluation) }, requirePrincipal(call))),
    amendEvaluation: async (req: interviewV1.AmendEvaluationRequest, call: CallInfo) =>
      evaluated(await amendEvaluation(deps, { interviewId: req.interviewId, evaluation: fromProtoEvaluation(req.evaluation) }, requirePrincipal(call))),
    listEvaluations: async (req: interviewV1.ListEvaluationsRequest, call: CallInfo) => {
      const { record, evaluations } = await listEvaluations(deps, req.interviewId, requirePrincipal(call));
      return { evaluations: evaluations.map((e) => toProtoEvaluation(e, record)) };
    },
    decideRound: async (req: interviewV1.DecideRoundRequest, call: CallInfo) => {
      const input = { interviewId: req.interviewId, outcome: req.outcome as RoundOutcome, overrideFailures: req.overrideFailures };
      return { interview: toProtoInterview(await decideRound(deps, input, requirePrincipal(call))) };
    },
    closeRound: async (req: interviewV1.CloseRoundRequest, call: CallInfo) =>
      ({ interview: toProtoInterview(await closeRound(deps, req.interviewId, requirePrincipal(call))) }),
  };
}
