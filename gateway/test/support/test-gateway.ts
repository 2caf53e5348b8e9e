import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Connection } from 'mongoose';
import { connectMongo } from '@hr/platform';
import { dropDatabase, testLogger, uniqueName } from '@hr/testing';
import { Gateway, GatewayDeps, createGateway } from '../../src/app';
import { GatewayConfig, gatewayConfigSchema } from '../../src/config';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';

/** Only the database: testEnv() would also demand AMQP_URL, which the gateway does not use. */
function mongoUrl(): string {
  const url = process.env.MONGO_URL;
  if (!url) throw new Error('MONGO_URL is not set: gateway integration tests need a MongoDB or FerretDB; run them with `npm test`');
  return url;
}

export function testConfig(overrides: Record<string, string> = {}): GatewayConfig {
  return gatewayConfigSchema.parse({
    MONGO_URL: mongoUrl(),
    MONGO_DB: uniqueName('gw'),
    JWT_SECRET: TEST_SECRET,
    INTERNAL_TOKEN_SECRET: `${TEST_SECRET}-internal`,
    AUTH_RATE_LIMIT: '10000',
    LOG_LEVEL: 'silent',
    REQUISITION_GRPC_URL: '127.0.0.1:1',
    RESUME_GRPC_URL: '127.0.0.1:1',
    INTERVIEW_GRPC_URL: '127.0.0.1:1',
    NOTIFICATION_GRPC_URL: '127.0.0.1:1',
    OFFER_GRPC_URL: '127.0.0.1:1',
    ...overrides,
  });
}

export interface RunningGateway {
  gateway: Gateway;
  connection: Connection;
  config: GatewayConfig;
  baseUrl: string;
  stop(): Promise<void>;
}

/** A real gateway on port 0 over a fresh database that stop() drops. */
export async function startGateway(
  overrides: Record<string, string> = {},
  deps: Partial<Omit<GatewayDeps, 'config' | 'connection' | 'logger'>> = {},
): Promise<RunningGateway> {
  const config = testConfig(overrides);
  const logger = testLogger('gateway');
  const connection = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, logger, attempts: 3, retryDelayMs: 200 });
  const gateway = createGateway({ config, connection, logger, ...deps });
  await gateway.syncIndexes();
  const server: Server = await new Promise((resolve) => {
    const listening = gateway.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    gateway,
    connection,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      gateway.close();
      await connection.close();
      await dropDatabase(config.MONGO_URL, config.MONGO_DB);
    },
  };
}

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  bytes: Buffer;
}

/** A multipart body: text fields, then files (name, type, bytes) in the given part name. */
export function formData(fields: Record<string, string>, files: Array<{ name: string; type: string; data: Buffer }>, field = 'files'): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) form.append(field, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  return form;
}

export function httpClient(baseUrl: string) {
  return async function request<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; form?: FormData; headers?: Record<string, string> } = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | FormData | undefined = options.form ?? options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    // fetch writes the multipart boundary itself for a FormData body.
    if (typeof body === 'string') headers['content-type'] ??= 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T, bytes };
  };
}
