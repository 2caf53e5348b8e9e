import { notificationV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import type { BackendClientOptions } from './requisition.client';

export type NotificationClient = PromiseClient<notificationV1.NotificationServiceClient>;

/** Calls carry the caller (signed principal) and correlation id taken from the request context. */
export function createNotificationClient(options: BackendClientOptions): NotificationClient {
  return createGrpcClient(notificationV1.NotificationServiceService, notificationV1.NotificationServiceClient, options);
}
