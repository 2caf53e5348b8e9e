import { offerV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import type { BackendClientOptions } from './requisition.client';

export type OfferClient = PromiseClient<offerV1.OfferServiceClient>;

/**
 * Letters come back with their PDF (previews, the sends of an offer): more than grpc-js's default
 * 4 MiB once an offer has been sent a few times with an embedded CJK font.
 */
export const OFFER_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Calls carry the caller (signed principal) and correlation id taken from the request context. */
export function createOfferClient(options: BackendClientOptions): OfferClient {
  return createGrpcClient(offerV1.OfferServiceService, offerV1.OfferServiceClient, { ...options, maxMessageBytes: OFFER_MAX_MESSAGE_BYTES });
}
