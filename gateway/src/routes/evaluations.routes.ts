import type { interviewV1 } from '@hr/contracts';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { INTERVIEW_TAGS, PANEL } from './interviews.routes';
import { presentEvaluation, presentInterview, toEvaluationInput } from './interview.mappers';
import { present } from './present';
import type { RouteDeps } from './route-deps';
import { serviceIdParams } from './schemas/common.schemas';
import { evaluationBody, evaluationListSchema, evaluationResultSchema } from './schemas/evaluation.schemas';

const TAGS = [...INTERVIEW_TAGS, 'evaluations'];
const ONLY_ASSIGNED =
  'Only an interviewer assigned to this interview may write it; everyone else answers 403 NOT_ASSIGNED_INTERVIEWER, ' +
  'including interviewers of other rounds of the same candidate.';

function presentResult(response: interviewV1.SubmitEvaluationResponse | interviewV1.AmendEvaluationResponse) {
  return {
    evaluation: presentEvaluation(present(response.evaluation, 'evaluation')),
    interview: presentInterview(present(response.interview, 'interview')),
  };
}

export function evaluationRoutes({ interviews }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/interviews/{id}/evaluations',
      operationId: 'submitEvaluation',
      summary: 'Submit my evaluation of an interview (面试评价)',
      description:
        `${ONLY_ASSIGNED} One evaluation per interviewer (a second answers 409: amend it instead). ` +
        '`ratings` is an object: one score from 1 to 5 per criterion. When every interviewer has submitted, the round result follows.',
      tags: TAGS,
      roles: PANEL,
      params: serviceIdParams,
      body: evaluationBody,
      responses: { 201: { description: 'My evaluation and the interview after it', schema: evaluationResultSchema } },
      problems: { 409: 'EVALUATION_EXISTS, ROUND_CLOSED, INTERVIEW_CANCELLED or INTERVIEW_NOT_STARTED' },
      handler: async ({ params, body }) =>
        presentResult(await interviews.submitEvaluation({ interviewId: params.id, evaluation: toEvaluationInput(body) })),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/interviews/{id}/evaluations/me',
      operationId: 'amendEvaluation',
      summary: 'Amend my evaluation (until HR closes the round; earlier versions are kept)',
      description: `${ONLY_ASSIGNED} The body replaces the evaluation whole.`,
      tags: TAGS,
      roles: PANEL,
      params: serviceIdParams,
      body: evaluationBody,
      responses: { 200: { description: 'My evaluation (with its earlier versions) and the interview', schema: evaluationResultSchema } },
      problems: { 404: 'No evaluation of mine to amend', 409: 'ROUND_CLOSED or INTERVIEW_CANCELLED' },
      handler: async ({ params, body }) =>
        presentResult(await interviews.amendEvaluation({ interviewId: params.id, evaluation: toEvaluationInput(body) })),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/interviews/{id}/evaluations',
      operationId: 'listEvaluations',
      summary: "An interview's evaluations",
      description:
        "HR and the requisition's department manager see all; an interviewer of this interview sees only their own until " +
        'they have submitted it, then all.',
      tags: TAGS,
      roles: PANEL,
      params: serviceIdParams,
      responses: { 200: { description: 'The evaluations the caller may see', schema: evaluationListSchema } },
      handler: async ({ params }) => ({
        data: (await interviews.listEvaluations({ interviewId: params.id })).evaluations.map(presentEvaluation),
      }),
    }),
  ];
}
