import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { presentDelivery } from './notification.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope } from './schemas/common.schemas';
import { deliveryLogQuery, deliverySchema } from './schemas/notification.schemas';

/** The delivery log: every message to every recipient, so nothing fails unseen. */
export function adminDeliveryRoutes({ notifications }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/notifications/deliveries',
      operationId: 'queryDeliveryLog',
      summary: 'The notification delivery log (e-mail and inbox), newest first',
      description: 'Failed sends show the last error (e.g. the SMTP answer) and their attempts; recipients’ addresses are masked.',
      tags: ['admin: notifications'],
      roles: ['admin'],
      query: deliveryLogQuery,
      responses: { 200: { description: 'A page of deliveries', schema: listEnvelope(deliverySchema) } },
      handler: async ({ query }) => {
        const { page, pageSize } = query;
        const result = await notifications.queryDeliveryLog({
          status: query.status ?? '',
          eventType: query.eventType ?? '',
          eventId: query.eventId ?? '',
          channel: query.channel ?? '',
          userId: query.userId ?? '',
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
          page: { page, pageSize },
        });
        return { data: result.deliveries.map(presentDelivery), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
  ];
}
