import { interviewV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import type { BackendClientOptions } from './requisition.client';

export type InterviewClient = PromiseClient<interviewV1.InterviewServiceClient>;

/** Calls carry the caller (signed principal) and correlation id taken from the request context. */
export function createInterviewClient(options: BackendClientOptions): InterviewClient {
  return createGrpcClient(interviewV1.InterviewServiceService, interviewV1.InterviewServiceClient, options);
}
