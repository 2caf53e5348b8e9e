import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { killPid, pidAlive, portAnswers, sleep, tailFile } from './probe';

export interface FerretDbOptions {
  dataDir: string;
  port: number;
  logPrefix?: string;
  /** Stop the instance a previous run left behind and wipe dataDir first. */
  fresh?: boolean;
  timeoutMs?: number;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  startedHere: boolean;
}

export function findFerretDb(): string {
  const candidates: string[] = [];
  if (process.env.FERRETDB_BIN) candidates.push(process.env.FERRETDB_BIN);
  try {
    const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim().split(':')[0];
    if (gopath) candidates.push(path.join(gopath, 'bin', 'ferretdb'));
  } catch {
    candidates.push(path.join(os.homedir(), 'go', 'bin', 'ferretdb'));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(path.join(dir, 'ferretdb'));
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error('ferretdb binary not found: run `bash infra/bootstrap.sh`, or set MONGO_URL');
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

/** The pid a previous run recorded, if that process is still our FerretDB (pids get reused). */
function previousPid(file: string, dataDir: string): number | undefined {
  const pid = Number(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : NaN);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return undefined;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('ferretdb') && cmdline.includes(`--state-dir=${dataDir}`) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function startFerretDb(opts: FerretDbOptions): Promise<RunningServer> {
  const dataDir = path.resolve(opts.dataDir);
  const url = `mongodb://127.0.0.1:${opts.port}`;
  const prefix = opts.logPrefix ?? '[ferretdb]';
  const pidFile = path.join(dataDir, 'ferretdb.pid');
  const logFile = path.join(dataDir, 'ferretdb.log');

  if (opts.fresh) {
    const old = previousPid(pidFile, dataDir);
    if (old) await killPid(old);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
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
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${opts.port}`,
      `--state-dir=${dataDir}`,
      '--debug-addr=-',
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
