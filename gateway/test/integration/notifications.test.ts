import { seedTeam } from '../support/seed-users';
import { startStubNotificationService, stubDelivery, stubInboxItem } from '../support/stub-notification-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

describe('notification routes through gRPC (stub notification service, real database)', () => {
  let stub: Awaited<ReturnType<typeof startStubNotificationService>>;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let tokens: Record<string, string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stub = await startStubNotificationService(`${TEST_SECRET}-internal`);
    running = await startGateway({ NOTIFICATION_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    ({ tokens, ids } = await seedTeam(running));
    stub.inboxes.set(ids.interviewer, [stubInboxItem('n1'), stubInboxItem('n2', { readAt: new Date('2026-02-04T00:00:00Z') }), stubInboxItem('n3')]);
    stub.inboxes.set(ids.employee, [stubInboxItem('n9', { title: '欢迎' })]);
    stub.deliveries.push(stubDelivery('d1'), stubDelivery('d2', { status: 'sent', lastError: '', failedAt: undefined, sentAt: new Date('2026-02-03T05:00:00Z') }));
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it('lists my own inbox with the unread count, whatever my role', async () => {
    const res = await request('GET', '/api/v1/me/notifications?page=1&pageSize=10', { token: tokens.interviewer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ unread: 2, page: { page: 1, pageSize: 10, total: 3 } });
    expect(res.body.data[0]).toEqual({
      id: 'n1',
      eventId: 'evt-n1',
      eventType: 'interview.interview.scheduled.v1',
      templateKey: 'interview-invitation',
      title: '新的面试安排',
      body: '您有一场面试：Java 工程师',
      read: false,
      createdAt: '2026-02-03T04:05:06.000Z',
    });
    expect(res.body.data[1]).toMatchObject({ id: 'n2', read: true, readAt: '2026-02-04T00:00:00.000Z' });
    const unreadOnly = await request('GET', '/api/v1/me/notifications?unreadOnly=true', { token: tokens.interviewer });
    expect(unreadOnly.body.data.map((item: { id: string }) => item.id)).toEqual(['n1', 'n3']);
    expect(stub.last('listMyNotifications')!.request).toMatchObject({ unreadOnly: true, page: { page: 1, pageSize: 20 } });
    const employee = await request('GET', '/api/v1/me/notifications', { token: tokens.employee });
    expect(employee.body.data.map((item: { title: string }) => item.title)).toEqual(['欢迎']);
    expect(stub.last('listMyNotifications')!.call.principal?.userId).toBe(ids.employee);
    const bad = await request('GET', '/api/v1/me/notifications?unreadOnly=yes', { token: tokens.employee });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'unreadOnly', rule: 'enum' });
  });

  it('counts, marks one and marks all read', async () => {
    expect((await request('GET', '/api/v1/me/notifications/unread-count', { token: tokens.interviewer })).body).toEqual({ unread: 2 });
    const one = await request('POST', '/api/v1/me/notifications/n1/read', { token: tokens.interviewer });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ unread: 1 });
    expect(stub.last('markRead')!.request).toEqual({ id: 'n1' });
    const foreign = await request('POST', '/api/v1/me/notifications/n9/read', { token: tokens.interviewer });
    expect(foreign.status).toBe(404);
    const all = await request('POST', '/api/v1/me/notifications/read-all', { token: tokens.interviewer });
    expect(all.body).toEqual({ marked: 1, unread: 0 });
    expect((await request('GET', '/api/v1/me/notifications/unread-count', { token: tokens.interviewer })).body).toEqual({ unread: 0 });
  });

  it('shows the delivery log to admins only, with its filters', async () => {
    const res = await request(
      'GET',
      `/api/v1/admin/notifications/deliveries?status=failed&channel=email&eventType=interview.interview.scheduled.v1&userId=${ids.hr}&from=2026-02-01T00:00:00Z`,
      { token: tokens.admin },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({ id: 'd1', status: 'failed', attempts: 5, lastError: '550 mailbox unavailable', recipientEmail: 'z***@example.com' }),
    ]);
    const sent = stub.last('queryDeliveryLog')!;
    expect(sent.request).toMatchObject({ status: 'failed', channel: 'email', eventType: 'interview.interview.scheduled.v1', userId: ids.hr, eventId: '' });
    expect(sent.request.from.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(sent.request.to).toBeUndefined();
    const delivered = await request('GET', '/api/v1/admin/notifications/deliveries?status=sent', { token: tokens.admin });
    expect(delivered.body.data[0]).not.toHaveProperty('lastError');
    expect(delivered.body.data[0].sentAt).toBe('2026-02-03T05:00:00.000Z');

    const before = stub.calls.length;
    for (const role of ['hr', 'hrm', 'manager', 'interviewer', 'approver', 'employee']) {
      const denied = await request('GET', '/api/v1/admin/notifications/deliveries', { token: tokens[role] });
      expect(denied.status).toBe(403);
      expect(denied.body.reason).toBe('ROLE_REQUIRED');
    }
    expect((await request('GET', '/api/v1/admin/notifications/deliveries')).status).toBe(401);
    expect(stub.calls.length).toBe(before);
    const bad = await request('GET', '/api/v1/admin/notifications/deliveries?channel=sms&userId=x', { token: tokens.admin });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['channel', 'userId']);
  });
});
