import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sleep } from './probe';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function pipeWithPrefix(from: Readable, to: Writable, prefix: string): void {
  readline.createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`${prefix} ${line}\n`));
}

/** Runs `node entry` with every output line prefixed by `[name]`. */
export function startChild(name: string, entry: string, env: NodeJS.ProcessEnv, width = name.length): Child {
  const child = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(width + 2);
  pipeWithPrefix(child.stdout!, process.stdout, prefix);
  pipeWithPrefix(child.stderr!, process.stderr, prefix);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (err) => {
      process.stderr.write(`${prefix} failed to start: ${err.message}\n`);
      resolve({ code: 1, signal: null });
    });
  });
  return { name, process: child, exited };
}

/** SIGTERM to all at once, SIGKILL to whoever is still there after graceMs. */
export async function stopChildren(children: Child[], graceMs = 10_000): Promise<void> {
  const running = children.filter((c) => c.process.exitCode === null && c.process.signalCode === null);
  for (const c of running) c.process.kill('SIGTERM');
  const timeout = sleep(graceMs).then(() => 'timeout' as const);
  const result = await Promise.race([Promise.all(running.map((c) => c.exited)), timeout]);
  if (result !== 'timeout') return;
  for (const c of running) {
    if (c.process.exitCode === null && c.process.signalCode === null) {
      console.error(`[${c.name}] did not stop within ${graceMs / 1000} s: SIGKILL`);
      c.process.kill('SIGKILL');
    }
  }
  await Promise.all(running.map((c) => c.exited));
}
