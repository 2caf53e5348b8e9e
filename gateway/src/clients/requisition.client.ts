import { requisitionV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';

export type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;

export interface BackendClientOptions {
  address: string;
  principalSecret: string;
  deadlineMs?: number;
}

/** Calls carry the caller (signed principal) and correlation id taken from the request context. */
export function createRequisitionClient(options: BackendClientOptions): RequisitionClient {
  return createGrpcClient(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, options);
}
