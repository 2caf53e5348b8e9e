import {
  Server,
  ServerCredentials,
  ServerUnaryCall,
  ServiceDefinition,
  UntypedServiceImplementation,
  sendUnaryData,
} from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { DomainError, Principal } from '@hr/workflow';
import { acceptCorrelationId, runWithContext } from '../context';
import { toGrpcError } from '../errors';
import type { Logger } from '../logger';
import { verifyPrincipalToken } from '../principal-token';
import { CORRELATION_HEADER, PRINCIPAL_HEADER, readHeader } from './metadata';

export interface CallInfo {
  principal?: Principal;
  correlationId: string;
}

/** Each RPC handler: gets the request and the verified caller, returns the response or throws a DomainError. */
export type UnaryHandler<Q, R> = (request: Q, call: CallInfo) => Promise<R>;

export interface GrpcServerOptions {
  port: number;
  bindAddress: string;
  principalSecret: string;
  logger: Logger;
  /** Largest request/response in bytes (grpc-js defaults to 4 MiB received). */
  maxMessageBytes?: number;
}

export class GrpcServer {
  private readonly server: Server;
  private readonly health = new HealthImplementation({ '': 'NOT_SERVING' });
  private boundPort = 0;

  constructor(private readonly options: GrpcServerOptions) {
    const max = options.maxMessageBytes;
    this.server = new Server(max ? { 'grpc.max_receive_message_length': max, 'grpc.max_send_message_length': max } : {});
    this.health.addToServer(this.server);
  }

  /** The server a service's configuration describes (GRPC_PORT, GRPC_BIND_ADDRESS, INTERNAL_TOKEN_SECRET). */
  static fromConfig(
    config: { GRPC_PORT: number; GRPC_BIND_ADDRESS: string; INTERNAL_TOKEN_SECRET: string },
    logger: Logger,
    options: Pick<GrpcServerOptions, 'maxMessageBytes'> = {},
  ): GrpcServer {
    return new GrpcServer({ port: config.GRPC_PORT, bindAddress: config.GRPC_BIND_ADDRESS, principalSecret: config.INTERNAL_TOKEN_SECRET, logger, ...options });
  }

  /** Registers a service whose handlers are async functions (see UnaryHandler). */
  add<I>(definition: ServiceDefinition, handlers: { [K in keyof I]: UnaryHandler<never, unknown> }): this {
    const implementation: UntypedServiceImplementation = {};
    for (const [name, handler] of Object.entries(handlers as Record<string, UnaryHandler<unknown, unknown>>)) {
      implementation[name] = this.wrap(name, handler);
    }
    this.server.addService(definition, implementation);
    return this;
  }

  async start(): Promise<number> {
    const address = `${this.options.bindAddress}:${this.options.port}`;
    this.boundPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(address, ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.health.setStatus('', 'SERVING');
    this.options.logger.info({ port: this.boundPort }, 'grpc server listening');
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  async stop(): Promise<void> {
    this.health.setStatus('', 'NOT_SERVING');
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => this.server.forceShutdown(), 5000);
      this.server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
  }

  private wrap(name: string, handler: UnaryHandler<unknown, unknown>) {
    const { logger, principalSecret } = this.options;
    return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
      const correlationId = acceptCorrelationId(readHeader(call.metadata, CORRELATION_HEADER));
      runWithContext({ correlationId }, async () => {
        try {
          const token = readHeader(call.metadata, PRINCIPAL_HEADER);
          const principal = token ? verifyPrincipalToken(token, principalSecret) : undefined;
          const response = await runWithContext({ correlationId, principal }, () =>
            handler(call.request, { principal, correlationId }),
          );
          callback(null, response);
        } catch (error) {
          if (!(error instanceof DomainError)) logger.error({ err: error, rpc: name }, 'rpc failed');
          callback(toGrpcError(error));
        }
      });
    };
  }
}

/** Services call this first in every handler that acts for a person. */
export function requirePrincipal(call: CallInfo): Principal {
  if (!call.principal) throw new DomainError('unauthenticated', 'PRINCIPAL_REQUIRED', 'the caller is not identified');
  return call.principal;
}
