import { Client, ServiceDefinition, ServiceError, credentials, makeClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

export interface DependencyCheck {
  name: string;
  /** Resolves true when the dependency can serve; never rejects. */
  check(timeoutMs: number): Promise<boolean>;
  close?(): void;
}

type HealthCheckFn = (
  request: { service: string },
  options: { deadline: Date },
  callback: (error: ServiceError | null, response?: { status?: string }) => void,
) => void;

const HealthClient = makeClientConstructor(healthService as unknown as ServiceDefinition, 'grpc.health.v1.Health');

/** Asks a backend's grpc.health.v1.Health whether the server as a whole ('') is SERVING. */
export function grpcHealthCheck(name: string, address: string): DependencyCheck {
  const client = new HealthClient(address, credentials.createInsecure()) as unknown as Client & { check: HealthCheckFn };
  return {
    name,
    check: (timeoutMs) =>
      new Promise((resolve) => {
        client.check({ service: '' }, { deadline: new Date(Date.now() + timeoutMs) }, (error, response) =>
          resolve(!error && response?.status === 'SERVING'),
        );
      }),
    close: () => client.close(),
  };
}
