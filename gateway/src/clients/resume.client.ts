import { resumeV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import type { BackendClientOptions } from './requisition.client';

export type ResumeClient = PromiseClient<resumeV1.ResumeServiceClient>;

/** Room for the protobuf framing and the other fields (profile, sourcing) beside a file's bytes. */
export const MESSAGE_OVERHEAD_BYTES = 1024 * 1024;

export interface ResumeClientOptions extends BackendClientOptions {
  /** The largest resume file: uploads send it, downloads receive it (grpc-js receives at most 4 MiB by default). */
  maxFileBytes: number;
}

/** Calls carry the caller (signed principal) and correlation id taken from the request context. */
export function createResumeClient(options: ResumeClientOptions): ResumeClient {
  const maxMessageBytes = options.maxFileBytes + MESSAGE_OVERHEAD_BYTES;
  return createGrpcClient(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, { ...options, maxMessageBytes });
}
