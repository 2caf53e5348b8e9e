import { seedTeam } from '../support/seed-users';
import { startStubInterviewService, stubInterview } from '../support/stub-interview-service';
import { startStubNotificationService } from '../support/stub-notification-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

/** The seeded users by the one role each holds. */
const ROLE_OF: Record<string, string> = {
  admin: 'admin',
  hr: 'hr',
  hrm: 'hr_manager',
  manager: 'dept_manager',
  interviewer: 'interviewer',
  approver: 'approver',
  employee: 'employee',
};
const EVERYONE = Object.values(ROLE_OF);
const HR = ['hr', 'hr_manager'];
const LISTERS = [...HR, 'dept_manager'];
const PANEL = [...LISTERS, 'interviewer'];

/** Who may call each route, as issue 4 states it (independent of the route declarations). */
const ACCESS: Array<[string, string, string[]]> = [
  ['POST', '/api/v1/interviews', HR],
  ['GET', '/api/v1/interviews', LISTERS],
  ['GET', '/api/v1/interviews/i1', PANEL],
  ['GET', '/api/v1/me/interviews', PANEL],
  ['POST', '/api/v1/interviews/i1/reschedule', HR],
  ['POST', '/api/v1/interviews/i1/cancel', HR],
  ['POST', '/api/v1/interviews/i1/no-show', PANEL],
  ['POST', '/api/v1/interviews/i1/evaluations', PANEL],
  ['PUT', '/api/v1/interviews/i1/evaluations/me', PANEL],
  ['GET', '/api/v1/interviews/i1/evaluations', PANEL],
  ['POST', '/api/v1/interviews/i1/decision', HR],
  ['POST', '/api/v1/interviews/i1/close', HR],
  ['GET', '/api/v1/me/notifications', EVERYONE],
  ['GET', '/api/v1/me/notifications/unread-count', EVERYONE],
  ['POST', '/api/v1/me/notifications/n1/read', EVERYONE],
  ['POST', '/api/v1/me/notifications/read-all', EVERYONE],
  ['GET', '/api/v1/admin/notifications/deliveries', ['admin']],
];

describe('who may call the interview and notification routes (stub services, real database)', () => {
  let interviews: Awaited<ReturnType<typeof startStubInterviewService>>;
  let notifications: Awaited<ReturnType<typeof startStubNotificationService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    interviews = await startStubInterviewService(`${TEST_SECRET}-internal`);
    notifications = await startStubNotificationService(`${TEST_SECRET}-internal`);
    running = await startGateway({ INTERVIEW_GRPC_URL: interviews.address, NOTIFICATION_GRPC_URL: notifications.address });
    request = httpClient(running.baseUrl);
    ({ tokens } = await seedTeam(running));
    interviews.interviews.set('i1', stubInterview('i1'));
  });

  afterAll(async () => {
    await running?.stop();
    await interviews?.stop();
    await notifications?.stop();
  });

  it.each(ACCESS)('%s %s: 401 without a token, 403 ROLE_REQUIRED for other roles, through for its roles', async (method, path, allowed) => {
    const body = method === 'GET' ? undefined : {};
    const anonymous = await request(method, path, { body });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.body.reason).toBe('AUTHENTICATION_REQUIRED');
    for (const [user, role] of Object.entries(ROLE_OF)) {
      const res = await request(method, path, { token: tokens[user], body });
      if (allowed.includes(role)) {
        expect({ role, reason: res.body?.reason }).not.toEqual({ role, reason: 'ROLE_REQUIRED' });
        expect(res.status).not.toBe(401);
      } else {
        expect({ role, status: res.status, reason: res.body?.reason }).toEqual({ role, status: 403, reason: 'ROLE_REQUIRED' });
      }
    }
  });

  it('lets anybody reach the public response links, without a token', async () => {
    const res = await request('GET', '/public/v1/interview-responses/abc.def', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(403);
    expect(res.body.reason).toBe('RESPONSE_LINK_INVALID');
  });

  it('includes both services in readiness', async () => {
    const ready = await request('GET', '/readyz');
    expect(ready.body.checks).toMatchObject({ interview: 'up', notification: 'up' });
  });
});
