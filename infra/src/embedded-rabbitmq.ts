import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { amqpAnswers, portAnswers, sleep, tailFile } from './probe';
import type { RunningServer } from './embedded-ferretdb';

const run = promisify(execFile);
// The /usr/sbin wrappers switch to the rabbitmq user (which cannot write our data dir) or refuse
// non-root users, so call the real scripts as whoever we are.
const BIN = process.env.RABBITMQ_BIN_DIR ?? '/usr/lib/rabbitmq/bin';

export interface RabbitMqOptions {
  dataDir: string;
  port: number;
  nodeName: string;
  timeoutMs?: number;
  /** Start without the queues and messages a previous run left (a benchmark must not consume them). */
  fresh?: boolean;
}

function rabbitEnv(dataDir: string, port: number, nodeName: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The Erlang cookie lives in $HOME: keep it in dataDir so server and rabbitmqctl always agree.
    HOME: dataDir,
    RABBITMQ_NODENAME: nodeName,
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(port + 20000),
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    ERL_EPMD_ADDRESS: '127.0.0.1',
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
    RABBITMQ_MNESIA_BASE: path.join(dataDir, 'mnesia'),
    RABBITMQ_LOG_BASE: path.join(dataDir, 'log'),
    RABBITMQ_PID_FILE: path.join(dataDir, 'rabbitmq.pid'),
    RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dataDir, 'enabled_plugins'),
    // Keep the machine-wide /etc/rabbitmq config (and a system instance's settings) out of ours.
    RABBITMQ_CONF_ENV_FILE: path.join(dataDir, 'rabbitmq-env.conf'),
    RABBITMQ_CONFIG_FILE: path.join(dataDir, 'rabbitmq.conf'),
    RABBITMQ_ADVANCED_CONFIG_FILE: path.join(dataDir, 'advanced.config'),
  };
}

async function ctl(env: NodeJS.ProcessEnv, nodeName: string, ...args: string[]): Promise<void> {
  await run(path.join(BIN, 'rabbitmqctl'), ['-n', nodeName, ...args], { env, cwd: env.HOME });
}

export async function startRabbitMq(opts: RabbitMqOptions): Promise<RunningServer> {
  const dataDir = path.resolve(opts.dataDir);
  const url = `amqp://guest:guest@127.0.0.1:${opts.port}`;
  const env = rabbitEnv(dataDir, opts.port, opts.nodeName);

  if (await portAnswers(opts.port)) {
    if (await amqpAnswers(opts.port)) return { url, startedHere: false, stop: async () => undefined };
    throw new Error(`[rabbitmq] port ${opts.port} is taken by something that does not speak AMQP`);
  }
  if (!fs.existsSync(path.join(BIN, 'rabbitmq-server'))) {
    throw new Error('rabbitmq-server not installed: run `bash infra/bootstrap.sh`, or set AMQP_URL');
  }
  if (opts.fresh) fs.rmSync(path.join(dataDir, 'mnesia'), { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'enabled_plugins'), '[].\n');
  for (const f of ['rabbitmq-env.conf', 'rabbitmq.conf']) fs.closeSync(fs.openSync(path.join(dataDir, f), 'a'));
  const startLog = path.join(dataDir, 'start.log');
  const out = fs.openSync(startLog, 'w');
  // -detached daemonizes; its (and epmd's) output must not hold our stdout open, hence the file.
  execFileSync(path.join(BIN, 'rabbitmq-server'), ['-detached'], { env, cwd: dataDir, stdio: ['ignore', out, out] });
  fs.closeSync(out);

  // await_startup right after -detached fails at once (epmd knows no node yet): retry until ready.
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    try {
      await ctl(env, opts.nodeName, 'await_startup', '--timeout', '60');
      break;
    } catch {
      if (Date.now() > deadline) {
        const log = path.join(dataDir, 'log', `${opts.nodeName}.log`);
        throw new Error(`[rabbitmq] ${opts.nodeName} did not start on port ${opts.port}:\n${tailFile(log)}\n${tailFile(startLog)}`);
      }
      await sleep(500);
    }
  }
  return { url, startedHere: true, stop: () => stopRabbitMq(env, opts.nodeName) };
}

async function stopRabbitMq(env: NodeJS.ProcessEnv, nodeName: string): Promise<void> {
  await ctl(env, nodeName, 'stop').catch(() => undefined);
  // epmd outlives the node; `epmd -kill` only succeeds once no node is registered, so a system
  // RabbitMQ or another of our instances keeps it.
  await run('epmd', ['-kill'], { env }).catch(() => undefined);
}
