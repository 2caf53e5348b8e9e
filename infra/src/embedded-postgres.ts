import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { killPid, pidAlive, portAnswers, sleep, tailFile } from './probe';
import type { RunningServer } from './embedded-ferretdb';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  /** Throwaway data (tests, benchmarks): no fsync. */
  disposable?: boolean;
  timeoutMs?: number;
}

/** Debian's PostgreSQL binaries (the newest installed), or PG_BIN_DIR. */
export function findPostgresBin(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => +b - +a) : [];
  const found = versions.map((v) => path.join(base, v, 'bin')).find((dir) => fs.existsSync(path.join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL not installed: run `bash infra/bootstrap.sh`, or set MONGO_URL');
  return found;
}

/** PostgreSQL refuses to run as root: as root, its processes run as the `postgres` system user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Settings of the embedded server. The patched FerretDB writes field names into its SQL as literals, so
 * generic plans use the indexes too and the default plan cache (`auto`) saves planning each query
 * (PG_PLAN_CACHE_MODE overrides it). `synchronous_commit = off`: a commit is acknowledged before its WAL
 * is flushed (at most ~0.6 s of writes are lost on a power cut, never consistency) — the durability
 * MongoDB's default write concern gives.
 */
function settings(port: number, socketDir: string, disposable: boolean): string {
  return [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${socketDir}'`,
    `max_connections = 300`,
    `shared_buffers = 256MB`,
    `work_mem = 16MB`,
    `plan_cache_mode = ${process.env.PG_PLAN_CACHE_MODE ?? 'auto'}`,
    `synchronous_commit = off`,
    `jit = off`,
    `logging_collector = off`,
    `log_min_messages = warning`,
    ...(disposable ? ['fsync = off', 'full_page_writes = off'] : []),
    '',
  ].join('\n');
}

/** Whether the server user can reach dir: every ancestor must let it through. */
function reachable(dir: string, user: { uid: number; gid: number }): boolean {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    const { mode, uid, gid } = fs.statSync(at);
    const passes = uid === user.uid ? mode & 0o100 : gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!passes) return false;
    if (at === path.dirname(at)) return true;
  }
}

/**
 * Where the cluster of dataDir lives: dataDir itself, or — when we are root and the `postgres` user
 * cannot reach it (a checkout under /root, a 0700 temporary directory) — a directory of its own under
 * /var/tmp/hr-postgres, named after dataDir, which a note in dataDir points to.
 */
export function postgresClusterDir(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  const user = serverUser();
  fs.mkdirSync(resolved, { recursive: true, mode: 0o755 });
  if (!user || reachable(path.join(resolved, 'data'), user)) return resolved;
  const elsewhere = path.join('/var/tmp/hr-postgres', createHash('sha256').update(resolved).digest('hex').slice(0, 16));
  fs.mkdirSync(elsewhere, { recursive: true, mode: 0o755 });
  fs.chmodSync('/var/tmp/hr-postgres', 0o755);
  fs.writeFileSync(path.join(resolved, 'CLUSTER_LOCATION'), `${elsewhere}\n(the postgres user cannot reach this directory, so the cluster lives there)\n`);
  return elsewhere;
}

function initDb(bin: string, pgData: string, user: { uid: number; gid: number } | undefined): void {
  fs.mkdirSync(pgData, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(pgData, user.uid, user.gid);
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', pgData, '-U', 'postgres', '--auth=trust', '--locale=C', '--encoding=UTF8'],
    { stdio: ['ignore', 'ignore', 'pipe'], ...user },
  );
}

function runningPid(pgData: string): number | undefined {
  const file = path.join(pgData, 'postmaster.pid');
  const pid = Number(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n')[0] : NaN);
  return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : undefined;
}

/** Stops and deletes the cluster of dataDir (a fresh start for tests and benchmarks). */
export async function removePostgres(dataDir: string): Promise<void> {
  const cluster = postgresClusterDir(dataDir);
  await stopServer(path.join(cluster, 'data'));
  fs.rmSync(cluster, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function stopServer(pgData: string): Promise<void> {
  const pid = runningPid(pgData);
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  if (pid) {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (pidAlive(pid) && Date.now() < deadline) await sleep(50);
    await killPid(pid, 1000);
  }
}

/** An own PostgreSQL cluster under dataDir, on its own port and socket: never the system service. */
export async function startPostgres(opts: PostgresOptions): Promise<RunningServer & { port: number }> {
  const dataDir = postgresClusterDir(opts.dataDir);
  const pgData = path.join(dataDir, 'data');
  const url = `postgres://postgres@127.0.0.1:${opts.port}/postgres`;
  const logFile = path.join(dataDir, 'postgres.log');
  const user = serverUser();
  if (user) fs.chownSync(dataDir, user.uid, user.gid);

  if (runningPid(pgData) && (await portAnswers(opts.port))) {
    return { url, port: opts.port, startedHere: false, stop: async () => undefined };
  }
  if (await portAnswers(opts.port)) throw new Error(`[postgres] port ${opts.port} is taken by another process`);

  const bin = findPostgresBin();
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) initDb(bin, pgData, user);
  fs.writeFileSync(path.join(pgData, 'postgresql.auto.conf'), settings(opts.port, dataDir, opts.disposable ?? false));
  if (user) fs.chownSync(path.join(pgData, 'postgresql.auto.conf'), user.uid, user.gid);

  const log = fs.openSync(logFile, 'a');
  if (user) fs.fchownSync(log, user.uid, user.gid);
  const child = spawn(path.join(bin, 'postgres'), ['-D', pgData], { detached: true, stdio: ['ignore', log, log], ...user });
  fs.closeSync(log);
  child.unref();

  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  while (!(await ready(bin, opts.port))) {
    if (!pidAlive(child.pid!) || Date.now() > deadline) {
      await killPid(child.pid!, 1000);
      throw new Error(`[postgres] did not start on port ${opts.port}; ${logFile}:\n${tailFile(logFile)}`);
    }
    await sleep(100);
  }
  return { url, port: opts.port, startedHere: true, stop: () => stopServer(pgData) };
}

async function ready(bin: string, port: number): Promise<boolean> {
  try {
    execFileSync(path.join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Creates the database FerretDB keeps everything in, if missing. */
export function ensureDatabase(port: number, name: string): void {
  const psql = path.join(findPostgresBin(), 'psql');
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-tAc'];
  const exists = execFileSync(psql, [...args, `SELECT 1 FROM pg_database WHERE datname = '${name}'`], { encoding: 'utf8' }).trim();
  if (exists !== '1') execFileSync(psql, [...args, `CREATE DATABASE "${name}"`], { stdio: 'ignore' });
}
