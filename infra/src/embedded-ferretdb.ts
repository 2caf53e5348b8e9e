import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { killPid, pidAlive, portAnswers, sleep, tailFile } from './probe';

/** Where FerretDB keeps the data: a PostgreSQL database (the default), or SQLite files (releases before it). */
export type FerretDbBackend = { handler: 'postgresql'; url: string } | { handler: 'sqlite'; dir: string };

export interface FerretDbOptions {
  dataDir: string;
  port: number;
  backend: FerretDbBackend;
  logPrefix?: string;
  timeoutMs?: number;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  startedHere: boolean;
}

/** The FerretDB the bootstrap built with infra/ferretdb/*.patch (a plain release lacks the fixes), or FERRETDB_BIN. */
export function findFerretDb(): string {
  const candidates: string[] = [];
  if (process.env.FERRETDB_BIN) candidates.push(process.env.FERRETDB_BIN);
  try {
    const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim().split(':')[0];
    if (gopath) candidates.push(path.join(gopath, 'bin', 'ferretdb-hr'));
  } catch {
    candidates.push(path.join(os.homedir(), 'go', 'bin', 'ferretdb-hr'));
  }
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error('patched ferretdb not found: run `bash infra/bootstrap.sh`, or set MONGO_URL');
  return found;
}

async function pings(url: string): Promise<boolean> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

function backendFlags(backend: FerretDbBackend): string[] {
  return backend.handler === 'postgresql'
    ? ['--handler=postgresql', `--postgresql-url=${backend.url}`]
    : ['--handler=sqlite', `--sqlite-url=file:${path.resolve(backend.dir)}/`];
}

/** The command line of the FerretDB a previous run left running on dataDir, if any (pids get reused). */
function previousInstance(dataDir: string): { pid: number; cmdline: string } | undefined {
  const file = path.join(dataDir, 'ferretdb.pid');
  const pid = Number(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : NaN);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return undefined;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    return cmdline.includes('ferretdb') && cmdline.includes(`--state-dir=${dataDir}`) ? { pid, cmdline } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stops the FerretDB a previous run left running on dataDir, unless it serves the given backend
 * (a release before the PostgreSQL default left one on SQLite, which must not be reused).
 */
export async function stopLeftoverFerretDb(dataDir: string, unlessHandler?: FerretDbBackend['handler']): Promise<void> {
  const previous = previousInstance(path.resolve(dataDir));
  if (previous && !(unlessHandler && previous.cmdline.includes(`--handler=${unlessHandler}`))) await killPid(previous.pid);
}

export async function startFerretDb(opts: FerretDbOptions): Promise<RunningServer> {
  const dataDir = path.resolve(opts.dataDir);
  const url = `mongodb://127.0.0.1:${opts.port}`;
  const prefix = opts.logPrefix ?? '[ferretdb]';
  const pidFile = path.join(dataDir, 'ferretdb.pid');
  const logFile = path.join(dataDir, 'ferretdb.log');

  if (await portAnswers(opts.port)) {
    if (await pings(url)) return { url, startedHere: false, stop: async () => undefined };
    throw new Error(`${prefix} port ${opts.port} is taken by something that does not speak MongoDB`);
  }

  fs.mkdirSync(dataDir, { recursive: true });
  const log = fs.openSync(logFile, 'w');
  // Detached with output to a file, so the server outlives a crashed parent and is reused next run.
  const child = spawn(
    findFerretDb(),
    [
      ...backendFlags(opts.backend),
      `--listen-addr=127.0.0.1:${opts.port}`,
      `--state-dir=${dataDir}`,
      `--debug-addr=${process.env.FERRETDB_DEBUG_ADDR || '-'}`,
      '--telemetry=disable',
      // warn would log every driver `endSessions` (FerretDB v1 lacks it).
      '--log-level=error',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  child.unref();
  const pid = child.pid!;
  fs.writeFileSync(pidFile, String(pid));

  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  while (!(await pings(url))) {
    if (!pidAlive(pid) || Date.now() > deadline) {
      await killPid(pid, 1000);
      throw new Error(`${prefix} did not start on port ${opts.port}; ${logFile}:\n${tailFile(logFile)}`);
    }
    await sleep(100);
  }
  return {
    url,
    startedHere: true,
    stop: async () => {
      await killPid(pid);
      fs.rmSync(pidFile, { force: true });
    },
  };
}
