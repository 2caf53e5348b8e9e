import { resolvePanel } from '../auth/interview-panel';
import type { AnyRoute } from '../openapi/route-registry';
import { actionRouteFactory } from './action-routes';
import { INTERVIEW_TAGS, PANEL, SCHEDULERS } from './interviews.routes';
import { presentInterview, toFormat } from './interview.mappers';
import type { RouteDeps } from './route-deps';
import { cancelBody, decisionBody, interviewSchema, noShowBody, rescheduleBody } from './schemas/interview.schemas';

const action = actionRouteFactory({
  basePath: '/api/v1/interviews',
  tags: INTERVIEW_TAGS,
  entity: 'interview',
  schema: interviewSchema,
  present: presentInterview,
});

export function interviewActionRoutes({ interviews, users }: RouteDeps): AnyRoute[] {
  return [
    action({
      action: 'reschedule',
      operationId: 'rescheduleInterview',
      summary: 'Move an interview (updated invitations, same calendar UID, higher sequence)',
      description:
        'Fields left out keep their value. The candidate must answer again. An interview with evaluations cannot move; ' +
        'busy interviewers answer 409 INTERVIEWER_CONFLICT as for an invitation.',
      roles: SCHEDULERS,
      body: rescheduleBody,
      call: async (id, body) =>
        interviews.rescheduleInterview({
          id,
          expectedVersion: body.expectedVersion ?? 0,
          startsAt: new Date(body.startsAt),
          durationMinutes: body.durationMinutes ?? 0,
          timeZone: body.timeZone ?? '',
          format: body.format ? toFormat(body.format) : undefined,
          interviewers: body.interviewerIds ? await resolvePanel(users, body.interviewerIds) : [],
          noteToCandidate: body.noteToCandidate ?? '',
          overrideConflicts: body.overrideConflicts,
        }),
    }),
    action({
      action: 'cancel',
      operationId: 'cancelInterview',
      summary: 'Cancel an interview (cancellation sent to everyone, reminders dropped)',
      roles: SCHEDULERS,
      body: cancelBody,
      call: (id, body) => interviews.cancelInterview({ id, reason: body.reason }),
    }),
    action({
      action: 'no-show',
      operationId: 'recordInterviewNoShow',
      summary: 'Record that the candidate or an interviewer did not come',
      description: 'HR, or an interviewer of this interview (others answer 403), once it has started.',
      roles: PANEL,
      body: noShowBody,
      call: (id, body) => interviews.recordNoShow({ interviewId: id, who: body.who }),
    }),
    action({
      action: 'decision',
      operationId: 'decideInterviewRound',
      summary: "Decide the round's result without waiting for every evaluation",
      description: 'Passing a candidate an interviewer failed needs `overrideFailures: true` (recorded). The result moves the application on.',
      roles: SCHEDULERS,
      body: decisionBody,
      call: (id, body) => interviews.decideRound({ interviewId: id, outcome: body.outcome, overrideFailures: body.overrideFailures }),
    }),
    action({
      action: 'close',
      operationId: 'closeInterviewRound',
      summary: 'Close the round: evaluations can no longer be amended',
      roles: SCHEDULERS,
      call: (id) => interviews.closeRound({ interviewId: id }),
    }),
  ];
}
