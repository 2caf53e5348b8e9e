/**
 * CPU time used by each part of the running system (Linux /proc), to say where the time of a
 * benchmark went: a figure that holds even when the machine is shared, unlike a rate.
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds so far per part: gateway, each service, ferretdb, postgres, rabbitmq, bench. */
export type CpuSnapshot = Map<string, number>;

function partOf(command: string): string | undefined {
  const service = command.match(/services\/([\w-]+)\/dist\/main\.js/);
  if (service) return service[1];
  if (command.includes('gateway/dist/main.js')) return 'gateway';
  // Before FerretDB: PostgreSQL's backends are titled `postgres: <user> ferretdb …` (its database).
  if (command.startsWith('postgres')) return 'postgres';
  if (command.includes('ferretdb')) return 'ferretdb';
  if (command.includes('beam.smp')) return 'rabbitmq';
  if (command.includes('.bench.js')) return 'bench (client)';
  return undefined;
}

interface ProcessStat {
  pid: number;
  parent: number;
  cpuSeconds: number;
  command: string;
}

function statOf(pid: string): ProcessStat | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return { pid: Number(pid), parent: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, command };
  } catch {
    return undefined;
  }
}

/** The benchmark's RabbitMQ node (started by run-bench) daemonizes, so it is found by its node name. */
function isBenchBroker(stat: ProcessStat): boolean {
  if (!stat.command.includes('beam.smp')) return false;
  try {
    return fs.readFileSync(`/proc/${stat.pid}/environ`, 'utf8').includes('RABBITMQ_NODENAME=hrbench@');
  } catch {
    return false;
  }
}

/**
 * Only the processes of this benchmark's system: descendants of the runner that started the embedded
 * infrastructure and this process, and its broker (another test run on the machine has its own).
 */
export function cpuSnapshot(root = process.ppid): CpuSnapshot {
  const parts: CpuSnapshot = new Map();
  if (!fs.existsSync('/proc/self/stat')) return parts;
  const stats = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(statOf).filter((s): s is ProcessStat => !!s);
  const parentOf = new Map(stats.map((s) => [s.pid, s.parent]));
  const descends = (pid: number): boolean => {
    for (let at: number | undefined = pid; at && at > 1; at = parentOf.get(at)) if (at === root) return true;
    return false;
  };
  for (const stat of stats.filter((s) => descends(s.pid) || isBenchBroker(s))) {
    const part = partOf(stat.command);
    if (part) parts.set(part, (parts.get(part) ?? 0) + stat.cpuSeconds);
  }
  return parts;
}

/**
 * CPU milliseconds per unit of work (a request, a resume) by part between two snapshots, largest
 * first, with the total. Processes that ended between the snapshots are not counted.
 */
export function cpuPerUnit(before: CpuSnapshot, after: CpuSnapshot, units: number): string {
  const rows = [...after]
    .map(([part, seconds]) => [part, ((seconds - (before.get(part) ?? 0)) * 1000) / units] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  return [...rows, ['total', total] as const].map(([part, ms]) => `${part} ${ms.toFixed(2)}`).join(' · ');
}
