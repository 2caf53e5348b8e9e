import { ANY_ROLE, AnyRoute, defineRoute } from '../openapi/route-registry';
import { presentInboxItem } from './notification.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { serviceIdParams } from './schemas/common.schemas';
import { inboxPageSchema, markAllReadSchema, myNotificationsQuery, unreadCountSchema } from './schemas/notification.schemas';

const TAGS = ['notifications'];
const BASE = '/api/v1/me/notifications';

/** Every signed-in user has an inbox; the service serves only the caller's own. */
export function myNotificationRoutes({ notifications }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: BASE,
      operationId: 'listMyNotifications',
      summary: 'My in-app notifications, newest first',
      tags: TAGS,
      roles: ANY_ROLE,
      query: myNotificationsQuery,
      responses: { 200: { description: 'A page of my notifications and how many are unread', schema: inboxPageSchema } },
      handler: async ({ query: { unreadOnly, page, pageSize } }) => {
        const result = await notifications.listMyNotifications({ unreadOnly: unreadOnly ?? false, page: { page, pageSize } });
        return { data: result.items.map(presentInboxItem), page: result.page ?? pageOf(page, pageSize, 0), unread: result.unread };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${BASE}/unread-count`,
      operationId: 'countMyUnreadNotifications',
      summary: 'How many of my notifications are unread (for a badge)',
      tags: TAGS,
      roles: ANY_ROLE,
      responses: { 200: { description: 'The unread count', schema: unreadCountSchema } },
      handler: async () => ({ unread: (await notifications.countMyUnread({})).unread }),
    }),
    defineRoute({
      method: 'post',
      path: `${BASE}/read-all`,
      operationId: 'markAllMyNotificationsRead',
      summary: 'Mark all my notifications read',
      tags: TAGS,
      roles: ANY_ROLE,
      responses: { 200: { description: 'How many were marked, and the unread count after', schema: markAllReadSchema } },
      handler: async () => {
        const { marked, unread } = await notifications.markAllRead({});
        return { marked, unread };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${BASE}/{id}/read`,
      operationId: 'markMyNotificationRead',
      summary: 'Mark one of my notifications read (again: no change)',
      tags: TAGS,
      roles: ANY_ROLE,
      params: serviceIdParams,
      responses: { 200: { description: 'The unread count after', schema: unreadCountSchema } },
      problems: { 404: "No such notification in the caller's inbox" },
      handler: async ({ params }) => ({ unread: (await notifications.markRead({ id: params.id })).unread }),
    }),
  ];
}
