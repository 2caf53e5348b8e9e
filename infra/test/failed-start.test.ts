import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { deleteBrokerObjects, dropDatabase, testEnv, uniqueName } from '@hr/testing';
import { ServiceSpec, serviceEnv, services } from '../src/services';

/**
 * Every process npm start launches, started from its built entry (npm test builds first) with one start
 * step made to fail after others succeeded. The process must say why, close what it had opened (it then
 * ends by itself: 'beforeExit' only comes when nothing is left open) and exit with code 1.
 */
const root = path.resolve(__dirname, '../..');
const RETRY_DELAY_MS = '1000';

interface Outcome {
  code: number | null;
  output: string;
}

function run(spec: ServiceSpec, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const child = spawn(process.execPath, [path.join(root, spec.entry)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/** A port that something holds (the failing step: the service cannot listen there). */
async function takenPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on (the broker that cannot be reached). */
async function closedPort(): Promise<number> {
  const { port, release } = await takenPort();
  await release();
  return port;
}

describe.each(services)('$name: a failed start', (spec) => {
  const { mongoUrl, amqpUrl } = testEnv();
  const dbName = uniqueName(`failed_start_${spec.name}`);
  const exchange = uniqueName('failed_start');
  const prefix = `${uniqueName('failed_start')}.`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-failed-start-'));
  const isGateway = spec.name === 'gateway';

  function envFor(overrides: { amqpUrl?: string; port: number }): NodeJS.ProcessEnv {
    const secret = () => randomBytes(24).toString('hex');
    const shared = { mongoUrl, amqpUrl: overrides.amqpUrl ?? amqpUrl, jwtSecret: secret(), internalTokenSecret: secret(), dataDir };
    const env = serviceEnv(spec, shared, { PATH: process.env.PATH, LOG_LEVEL: 'info' });
    const port = String(overrides.port);
    const own = isGateway ? { GATEWAY_PORT: port, GATEWAY_BIND_ADDRESS: '127.0.0.1' } : { GRPC_PORT: port };
    return {
      ...env,
      ...own,
      MONGO_DB: dbName,
      AMQP_EXCHANGE: exchange,
      AMQP_QUEUE_PREFIX: prefix,
      AMQP_CONNECT_RETRIES: '0',
      EVENT_RETRY_DELAYS_MS: RETRY_DELAY_MS,
    };
  }

  afterAll(async () => {
    await dropDatabase(mongoUrl, dbName);
    const queue = `${prefix}${spec.name}.events`;
    await deleteBrokerObjects(amqpUrl, { exchanges: [exchange], queues: [queue, `${queue}.dlq`, `${queue}.retry.${RETRY_DELAY_MS}ms`] });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function expectCleanFailure({ code, output }: Outcome, cause: RegExp): void {
    expect(output).toMatch(new RegExp(`${spec.name}( service)? failed to start: .*${cause.source}`));
    expect(output).toMatch(/stopped after the failed start; nothing it opened is left open/);
    expect(output).not.toMatch(/still open after/);
    expect(code).toBe(1);
  }

  it(`when its port is taken, after the database${isGateway ? '' : ' and the broker'} were opened`, async () => {
    const taken = await takenPort();
    try {
      const outcome = await run(spec, envFor({ port: taken.port }));
      expect(outcome.output).toMatch(/mongo connected/);
      if (!isGateway) expect(outcome.output).toMatch(/amqp connected/);
      expectCleanFailure(outcome, /EADDRINUSE|address already in use|No address added out of total/i);
    } finally {
      await taken.release();
    }
  });

  if (!isGateway) {
    it('when the broker cannot be reached, after the database connected', async () => {
      const outcome = await run(spec, envFor({ amqpUrl: `amqp://guest:guest@127.0.0.1:${await closedPort()}`, port: 0 }));
      expect(outcome.output).toMatch(/mongo connected/);
      expectCleanFailure(outcome, /ECONNREFUSED/);
    });
  }
});
