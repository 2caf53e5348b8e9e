import { assertInterviewers, assertSourcingPeople } from '../auth/recruiter-check';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { actionRouteFactory } from './action-routes';
import { presentApplication } from './application.mappers';
import { RECRUITERS } from './candidate-intake.routes';
import { present } from './present';
import { toSourcing } from './resume.mappers';
import { RouteDeps, pageOf } from './route-deps';
import {
  applicationSchema,
  assignInterviewersBody,
  changeStageBody,
  createApplicationBody,
  listApplicationsQuery,
} from './schemas/application.schemas';
import { listEnvelope, serviceIdParams } from './schemas/common.schemas';

/** Department managers see their departments' applications, interviewers those assigned to them (the service filters). */
export const APPLICATION_READERS = ['hr', 'hr_manager', 'dept_manager', 'interviewer'] as const;
const TAGS = ['applications'];

const action = actionRouteFactory({
  basePath: '/api/v1/applications',
  tags: TAGS,
  entity: 'application',
  schema: applicationSchema,
  present: presentApplication,
});

export function applicationRoutes({ resumes, users }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/applications',
      operationId: 'createApplication',
      summary: 'Apply a candidate to an open requisition',
      description: 'The caller is recorded as the inviting HR. A blacklisted person or a requisition that is not open is refused.',
      tags: TAGS,
      roles: RECRUITERS,
      body: createApplicationBody,
      responses: { 201: { description: 'Created at stage new', schema: applicationSchema } },
      handler: async ({ body, auth }) => {
        await assertSourcingPeople(users, body.source, 'source.');
        const { candidateId, requisitionId } = body;
        const response = await resumes.createApplication({ candidateId, requisitionId, source: toSourcing(body.source, auth.principal.userId) });
        return presentApplication(present(response.application, 'application'));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/applications',
      operationId: 'listApplications',
      summary: 'List applications (by candidate, requisition, stages, interviewer)',
      tags: TAGS,
      roles: APPLICATION_READERS,
      query: listApplicationsQuery,
      responses: { 200: { description: 'A page of applications', schema: listEnvelope(applicationSchema) } },
      handler: async ({ query: { page, pageSize, stage, candidateId, requisitionId, interviewerId } }) => {
        const result = await resumes.listApplications({
          candidateId: candidateId ?? '',
          requisitionId: requisitionId ?? '',
          stages: stage ?? [],
          interviewerId: interviewerId ?? '',
          page: { page, pageSize },
        });
        return { data: result.applications.map(presentApplication), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/applications/{id}',
      operationId: 'getApplication',
      summary: 'Get an application with its stage history and interview rounds',
      tags: TAGS,
      roles: APPLICATION_READERS,
      params: serviceIdParams,
      responses: { 200: { description: 'The application', schema: applicationSchema } },
      handler: async ({ params }) => presentApplication(present((await resumes.getApplication({ id: params.id })).application, 'application')),
    }),
    action({
      action: 'stage',
      operationId: 'changeApplicationStage',
      summary: 'Move an application to another stage',
      description: 'new → screening → interview → offer → hired, or rejected / withdrawn (with a reason code) at any point; illegal moves answer 409.',
      roles: RECRUITERS,
      body: changeStageBody,
      call: (id, body) =>
        resumes.changeApplicationStage({
          id,
          toStage: body.toStage,
          reasonCode: body.reasonCode ?? '',
          comment: body.comment ?? '',
          expectedVersion: body.expectedVersion ?? 0,
        }),
    }),
    action({
      action: 'interviewers',
      operationId: 'assignInterviewers',
      summary: 'Assign the interviewers (active users with the interviewer role)',
      roles: RECRUITERS,
      body: assignInterviewersBody,
      call: async (id, body) => resumes.assignInterviewers({ id, interviewerIds: await assertInterviewers(users, body.interviewerIds) }),
    }),
  ];
}
