import fs from 'node:fs';
import path from 'node:path';
import amqp from 'amqplib';

type ServicesModule = typeof import('../../infra/src/services');
type ChildrenModule = typeof import('../../infra/src/child-processes');
type ProbeModule = typeof import('../../infra/src/probe');

const root = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, '../../../infra')) ? '../../..' : '../..');

/** run-bench compiles only bench/: the launcher's modules come from infra's own build. */
function infraModule<T>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(root, 'infra/dist', `${name}.js`)) as T;
}

export const BENCH_ADMIN = { email: 'admin@bench.example', password: 'Bench-Admin-Passw0rd!' };

export interface RunningSystem {
  baseUrl: string;
  /** Resolves once no service has an event waiting in its queue (checked a few times in a row). */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every service and the gateway as separate processes, as `npm start` runs them, on the benchmark's
 * database and broker and on ports of their own (gRPC 50151–50155, HTTP 8090), logging warnings only.
 */
export async function startSystem(env: Record<string, string> = {}): Promise<RunningSystem> {
  const { services, serviceEnv } = infraModule<ServicesModule>('services');
  const { startChild, stopChildren } = infraModule<ChildrenModule>('child-processes');
  const { gatewayReady } = infraModule<ProbeModule>('probe');
  const grpc = (n: number) => `127.0.0.1:${50150 + n}`;
  const ports: Record<string, string> = { requisition: '50151', resume: '50152', interview: '50153', notification: '50154', offer: '50155' };
  const base = {
    ...process.env,
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: '8090',
    PUBLIC_BASE_URL: 'http://localhost:8090',
    REQUISITION_GRPC_URL: grpc(1),
    RESUME_GRPC_URL: grpc(2),
    INTERVIEW_GRPC_URL: grpc(3),
    NOTIFICATION_GRPC_URL: grpc(4),
    OFFER_GRPC_URL: grpc(5),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    ...env,
  };
  const shared = {
    mongoUrl: process.env.MONGO_URL!,
    amqpUrl: process.env.AMQP_URL!,
    jwtSecret: 'bench-jwt-secret-0123456789abcdef-0123456789',
    internalTokenSecret: 'bench-internal-token-secret-0123456789abcdef',
    dataDir: process.env.DATA_DIR ?? path.join(root, '.data/bench'),
  };
  const children = services.map((spec) => {
    const own = ports[spec.name] ? { ...spec.env, GRPC_PORT: ports[spec.name]! } : spec.env;
    return startChild(spec.name, path.join(root, spec.entry), serviceEnv({ ...spec, env: own }, shared, base));
  });
  const baseUrl = `http://127.0.0.1:${base.GATEWAY_PORT}`;
  const port = Number(base.GATEWAY_PORT);
  const deadline = Date.now() + 90_000;
  while (!(await gatewayReady(port))) {
    if (Date.now() > deadline) {
      await stopChildren(children);
      throw new Error('the system did not become ready within 90 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A bench stopped by a signal takes the system with it (its `finally` would not run).
  const onSignal = () => void stopChildren(children).then(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  return {
    baseUrl,
    drained: () => queuesDrained(shared.amqpUrl, services.map((spec) => `${spec.name}.events`)),
    stop: async () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      await stopChildren(children);
    },
  };
}

/** Services whose queue does not exist (they consume none) count as drained. */
async function queuesDrained(amqpUrl: string, queues: string[]): Promise<void> {
  const connection = await amqp.connect(amqpUrl);
  connection.on('error', () => undefined);
  const waitingIn = async (queue: string) => {
    // A missing queue closes the channel it was asked on: one channel a question.
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    try {
      const { messageCount } = await channel.checkQueue(queue);
      await channel.close();
      return messageCount;
    } catch {
      return 0;
    }
  };
  try {
    for (let quiet = 0; quiet < 3; ) {
      const counts = await Promise.all(queues.map(waitingIn));
      quiet = counts.every((count) => count === 0) ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await connection.close();
  }
}

/** A small JSON client for seeding through the API. */
export class BenchApi {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  get bearer(): string {
    return `Bearer ${this.token}`;
  }

  async login(email: string, password: string): Promise<BenchApi> {
    const body = await this.call('POST', '/api/v1/auth/login', { email, password });
    return new BenchApi(this.baseUrl, body.accessToken);
  }

  async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<any> {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: this.bearer } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`${method} ${url} → ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }
}
