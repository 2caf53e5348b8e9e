import { CallOptions, ChannelCredentials, Client, ClientUnaryCall, Metadata, ServiceError, credentials } from '@grpc/grpc-js';
import type { Principal } from '@hr/workflow';
import { acceptCorrelationId, currentContext } from '../context';
import { fromGrpcError } from '../errors';
import { signPrincipalToken } from '../principal-token';
import { CORRELATION_HEADER, PRINCIPAL_HEADER } from './metadata';

type Callback<R> = (error: ServiceError | null, response: R) => void;
type UnaryFn<Q, R> = (request: Q, metadata: Metadata, options: Partial<CallOptions>, callback: Callback<R>) => ClientUnaryCall;

export interface CallContext {
  principal?: Principal;
  deadlineMs?: number;
}

type Promised<F> = F extends UnaryFn<infer Q, infer R> ? (request: Q, call?: CallContext) => Promise<R> : never;

/** A generated grpc-js client as plain async functions: deadline, metadata and error mapping in one place. */
export type PromiseClient<C> = {
  [K in keyof C as C[K] extends (...args: never[]) => ClientUnaryCall ? K : never]: Promised<C[K]>;
} & { close(): void; raw: C };

export interface GrpcClientOptions {
  address: string;
  principalSecret: string;
  deadlineMs?: number;
  channelCredentials?: ChannelCredentials;
  /** Largest message in bytes either way (grpc-js defaults to 4 MiB received); for file transfers. */
  maxMessageBytes?: number;
}

export function createGrpcClient<C extends Client>(
  definition: Record<string, unknown>,
  Ctor: new (address: string, credentials: ChannelCredentials) => C,
  options: GrpcClientOptions,
): PromiseClient<C> {
  const max = options.maxMessageBytes;
  const channelOptions = max ? { 'grpc.max_receive_message_length': max, 'grpc.max_send_message_length': max } : {};
  const raw = new (Ctor as unknown as new (address: string, creds: ChannelCredentials, options: object) => C)(
    options.address,
    options.channelCredentials ?? credentials.createInsecure(),
    channelOptions,
  );
  const client: Record<string, unknown> = { close: () => raw.close(), raw };
  for (const method of Object.keys(definition)) {
    const name = method.charAt(0).toLowerCase() + method.slice(1);
    const fn = (raw as unknown as Record<string, UnaryFn<unknown, unknown>>)[name].bind(raw);
    client[name] = (request: unknown, call: CallContext = {}) => invoke(fn, request, call, options);
  }
  return client as PromiseClient<C>;
}

function invoke<Q, R>(fn: UnaryFn<Q, R>, request: Q, call: CallContext, options: GrpcClientOptions): Promise<R> {
  const context = currentContext();
  const metadata = new Metadata();
  // The context's id may come from an event envelope, where any string passes; metadata.set would throw on some.
  metadata.set(CORRELATION_HEADER, acceptCorrelationId(context?.correlationId));
  const principal = call.principal ?? context?.principal;
  if (principal) metadata.set(PRINCIPAL_HEADER, signPrincipalToken(principal, options.principalSecret));
  const deadline = new Date(Date.now() + (call.deadlineMs ?? options.deadlineMs ?? 5000));
  return new Promise((resolve, reject) => {
    fn(request, metadata, { deadline }, (error, response) => (error ? reject(fromGrpcError(error)) : resolve(response)));
  });
}
