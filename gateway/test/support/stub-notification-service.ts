import type { ServiceDefinition } from '@grpc/grpc-js';
import { notificationV1 } from '@hr/contracts';
import { CallInfo, DomainError, GrpcServer, createLogger, requirePrincipal } from '@hr/platform';
import type { RecordedCall } from './stub-requisition-service';

const AT = new Date('2026-02-03T04:05:06.000Z');

export function stubInboxItem(id: string, overrides: Partial<notificationV1.InboxItem> = {}): notificationV1.InboxItem {
  return notificationV1.InboxItem.fromPartial({
    id,
    eventId: `evt-${id}`,
    eventType: 'interview.interview.scheduled.v1',
    templateKey: 'interview-invitation',
    title: '新的面试安排',
    body: '您有一场面试：Java 工程师',
    createdAt: AT,
    ...overrides,
  });
}

export function stubDelivery(id: string, overrides: Partial<notificationV1.Delivery> = {}): notificationV1.Delivery {
  return notificationV1.Delivery.fromPartial({
    id,
    eventId: `evt-${id}`,
    eventType: 'interview.interview.scheduled.v1',
    correlationId: 'corr-1',
    channel: 'email',
    recipientUserId: 'u1',
    recipientEmail: 'z***@example.com',
    recipientLocale: 'zh-CN',
    templateKey: 'interview-invitation',
    subject: '面试邀请',
    status: 'failed',
    attempts: 5,
    lastError: '550 mailbox unavailable',
    createdAt: AT,
    failedAt: AT,
    ...overrides,
  });
}

/**
 * An in-memory NotificationService on a real gRPC server: one inbox per user id (`inboxes`), a
 * delivery log (`deliveries`) that, like the real service, answers admins only. Calls are recorded.
 */
export async function startStubNotificationService(principalSecret: string) {
  const calls: RecordedCall[] = [];
  const inboxes = new Map<string, notificationV1.InboxItem[]>();
  const deliveries: notificationV1.Delivery[] = [];
  const inbox = (call: CallInfo) => inboxes.get(requirePrincipal(call).userId) ?? [];
  const unread = (call: CallInfo) => inbox(call).filter((item) => !item.readAt).length;
  const handlers: Record<string, (request: any, call: CallInfo) => unknown> = {
    listMyNotifications: (request: notificationV1.ListMyNotificationsRequest, call) => {
      const items = inbox(call).filter((item) => !request.unreadOnly || !item.readAt);
      return { items, page: { page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total: items.length }, unread: unread(call) };
    },
    countMyUnread: (_request, call) => ({ unread: unread(call) }),
    markRead: (request: notificationV1.MarkReadRequest, call) => {
      const item = inbox(call).find((candidate) => candidate.id === request.id);
      if (!item) throw DomainError.notFound('NOTIFICATION_NOT_FOUND', request.id);
      item.readAt ??= AT;
      return { unread: unread(call) };
    },
    markAllRead: (_request, call) => {
      const marked = inbox(call).filter((item) => !item.readAt);
      for (const item of marked) item.readAt = AT;
      return { marked: marked.length, unread: 0 };
    },
    queryDeliveryLog: (request: notificationV1.QueryDeliveryLogRequest, call) => {
      if (!requirePrincipal(call).roles.includes('admin')) throw DomainError.forbidden('DELIVERY_LOG_ADMINS_ONLY', 'only administrators read the delivery log');
      const found = deliveries.filter((d) => (!request.status || d.status === request.status) && (!request.channel || d.channel === request.channel));
      return { deliveries: found, page: { page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total: found.length } };
    },
  };
  const server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret, logger: createLogger('stub', 'silent') });
  const recorded = Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      async (request: unknown, call: CallInfo) => (calls.push({ method, request, call }), handler(request, call)),
    ]),
  );
  server.add(notificationV1.NotificationServiceService as unknown as ServiceDefinition, recorded as never);
  const port = await server.start();
  return {
    address: `127.0.0.1:${port}`,
    calls,
    inboxes,
    deliveries,
    stop: () => server.stop(),
    last: (method: string) => calls.filter((c) => c.method === method).pop(),
  };
}
