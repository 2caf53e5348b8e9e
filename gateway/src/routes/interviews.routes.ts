import { z } from 'zod';
import type { Role } from '@hr/workflow';
import { resolvePanel, toParticipant } from '../auth/interview-panel';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { presentInterview, toFormat } from './interview.mappers';
import { present } from './present';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope, serviceIdParams } from './schemas/common.schemas';
import { interviewSchema, inviteBody, listInterviewsQuery, myInterviewsQuery } from './schemas/interview.schemas';

export const INTERVIEW_TAGS = ['interviews'];
export const SCHEDULERS: readonly Role[] = ['hr', 'hr_manager'];
/** Department managers see their departments' interviews (the service filters). */
export const INTERVIEW_LISTERS: readonly Role[] = ['hr', 'hr_manager', 'dept_manager'];
/** Everyone who may sit on a panel; the service checks they are on this one. */
export const PANEL: readonly Role[] = ['interviewer', 'dept_manager', 'hr', 'hr_manager'];

const CONFLICT_409 =
  'INTERVIEWER_CONFLICT: an interviewer already has an interview then. `errors` lists each conflict ' +
  '(field `interviewerIds`, rule `conflict`, the other interview and its time in `message`); resend with `overrideConflicts: true` to book anyway. ' +
  'EARLIER_ROUND_NOT_PASSED: an application has not passed the rounds before this one (`errors` names each, field `round`, rule `in_order`); ' +
  'resend with `skipRounds: { reason }` to skip them. ' +
  'Other reasons: the application is not in a stage that can be interviewed.';

const toDate = (value: string | undefined) => (value ? new Date(value) : undefined);

export function interviewRoutes({ interviews, users, companyTimeZone }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/interviews',
      operationId: 'inviteToInterview',
      summary: 'Invite one or more applications to an interview (邀约面试)',
      description:
        'One interview per application, all in the same slot. The candidate gets an e-mail with an iCalendar invitation of ' +
        'their own (the company as organizer, no staff address) and confirm / decline links; each interviewer gets the interview ' +
        'in "my interviews" and an e-mail with the panel\'s invitation. The caller is the ' +
        "candidate's contact. Interviewers are checked against the user directory (400 naming `interviewerIds.N`). " +
        'Rounds follow the configured order: a round whose earlier rounds an application has not passed needs `skipRounds`.',
      tags: INTERVIEW_TAGS,
      roles: SCHEDULERS,
      body: inviteBody,
      responses: { 201: { description: 'The interviews scheduled', schema: z.object({ data: z.array(interviewSchema) }).meta({ id: 'ScheduledInterviews' }) } },
      problems: { 404: 'An application does not exist', 409: CONFLICT_409 },
      handler: async ({ body, auth }) => {
        const panel = await resolvePanel(users, body.interviewerIds);
        const response = await interviews.scheduleInterviews({
          applicationIds: body.applicationIds,
          round: body.round,
          startsAt: new Date(body.startsAt),
          durationMinutes: body.durationMinutes,
          timeZone: body.timeZone ?? companyTimeZone,
          format: toFormat(body.format),
          interviewers: panel,
          noteToCandidate: body.noteToCandidate ?? '',
          overrideConflicts: body.overrideConflicts,
          candidateLocale: body.candidateLocale ?? '',
          contact: toParticipant(auth.user),
          skipRounds: body.skipRounds,
        });
        return { data: response.interviews.map(presentInterview) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/interviews',
      operationId: 'listInterviews',
      summary: 'List interviews (by application, candidate, requisition, interviewer, status, time)',
      tags: INTERVIEW_TAGS,
      roles: INTERVIEW_LISTERS,
      query: listInterviewsQuery,
      responses: { 200: { description: 'A page of interviews, earliest first', schema: listEnvelope(interviewSchema) } },
      handler: async ({ query }) => {
        const { page, pageSize } = query;
        const result = await interviews.listInterviews({
          applicationId: query.applicationId ?? '',
          candidateId: query.candidateId ?? '',
          requisitionId: query.requisitionId ?? '',
          interviewerId: query.interviewerId ?? '',
          statuses: query.status ?? [],
          from: toDate(query.from),
          to: toDate(query.to),
          page: { page, pageSize },
        });
        return { data: result.interviews.map(presentInterview), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/me/interviews',
      operationId: 'listMyInterviews',
      summary: 'My interviews (我的面试): those I sit on',
      tags: INTERVIEW_TAGS,
      roles: PANEL,
      query: myInterviewsQuery,
      responses: { 200: { description: 'A page of my interviews', schema: listEnvelope(interviewSchema) } },
      handler: async ({ query: { status, awaitingMyEvaluation, page, pageSize } }) => {
        const result = await interviews.listMyInterviews({
          statuses: status ?? [],
          awaitingMyEvaluation: awaitingMyEvaluation ?? false,
          page: { page, pageSize },
        });
        return { data: result.interviews.map(presentInterview), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/interviews/{id}',
      operationId: 'getInterview',
      summary: 'Get an interview',
      description: 'Interviewers see the interviews they sit on, department managers those of their departments (403 otherwise).',
      tags: INTERVIEW_TAGS,
      roles: [...INTERVIEW_LISTERS, 'interviewer'],
      params: serviceIdParams,
      responses: { 200: { description: 'The interview', schema: interviewSchema } },
      handler: async ({ params }) => presentInterview(present((await interviews.getInterview({ id: params.id })).interview, 'interview')),
    }),
  ];
}
