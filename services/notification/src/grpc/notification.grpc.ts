import { notificationV1 } from '@hr/contracts';
import { CallInfo, pageRequest, requirePrincipal } from '@hr/platform';
import { DomainError } from '@hr/workflow';
import { queryDeliveryLog } from '../app/delivery-log';
import { listInbox, markAllRead, markRead, unreadCount } from '../app/inbox-queries';
import type { NotificationDeps } from '../app/ports';
import { assertMayReadDeliveryLog } from '../domain/delivery-log-access';
import { fromProtoDeliveryFilter, toProtoDelivery, toProtoInboxItem } from './notification.mapper';

/** The inbox RPCs act on the caller's own inbox only: the user id comes from the signed principal, never the request. */
export function notificationHandlers(deps: NotificationDeps) {
  return {
    listMyNotifications: async (req: notificationV1.ListMyNotificationsRequest, call: CallInfo) => {
      const { userId } = requirePrincipal(call);
      const page = pageRequest(req.page);
      const [result, unread] = await Promise.all([listInbox(deps, userId, page, { unreadOnly: req.unreadOnly }), unreadCount(deps, userId)]);
      return notificationV1.ListMyNotificationsResponse.fromPartial({
        items: result.items.map(toProtoInboxItem),
        page: { ...page, total: result.total },
        unread,
      });
    },
    countMyUnread: async (_req: notificationV1.CountMyUnreadRequest, call: CallInfo) => {
      const { userId } = requirePrincipal(call);
      return notificationV1.CountMyUnreadResponse.fromPartial({ unread: await unreadCount(deps, userId) });
    },
    markRead: async (req: notificationV1.MarkReadRequest, call: CallInfo) => {
      const { userId } = requirePrincipal(call);
      if (!req.id) throw DomainError.invalid('id', 'required');
      await markRead(deps, userId, req.id);
      return notificationV1.MarkReadResponse.fromPartial({ unread: await unreadCount(deps, userId) });
    },
    markAllRead: async (_req: notificationV1.MarkAllReadRequest, call: CallInfo) => {
      const { userId } = requirePrincipal(call);
      const marked = await markAllRead(deps, userId);
      return notificationV1.MarkAllReadResponse.fromPartial({ marked, unread: await unreadCount(deps, userId) });
    },
    queryDeliveryLog: async (req: notificationV1.QueryDeliveryLogRequest, call: CallInfo) => {
      assertMayReadDeliveryLog(requirePrincipal(call));
      const page = pageRequest(req.page);
      const result = await queryDeliveryLog(deps, fromProtoDeliveryFilter(req), page);
      return notificationV1.QueryDeliveryLogResponse.fromPartial({
        deliveries: result.items.map(toProtoDelivery),
        page: { ...page, total: result.total },
      });
    },
  };
}
