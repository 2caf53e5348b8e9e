/**
 * Job-board ingest through the open API: JSON posts of unique people, from an empty pool, in windows.
 * Prints figures; asserts nothing.
 *
 *   npm run bench -- ingest [--people 100000] [--window 5000] [--concurrency 8] [--batch 1] [--seed 7]
 *
 * Starts every service and the gateway as `npm start` does, issues an API key (scope resumes:write,
 * rate limit lifted), then posts `--people` structured resumes (distinct Chinese names, mainland
 * mobiles, e-mails, schools, employers, skills) `--concurrency` at a time, and prints resumes/s,
 * p50 and p99 per window of `--window` posts, and the last window's rate as a share of the first.
 * With `--batch N` (up to 100) each call posts N resumes to POST /open/v1/resumes/batch; p50/p99 are
 * then per call. CPU milliseconds per resume by process close the report.
 */
import os from 'node:os';
import { elapsedMs, percentile } from './support/latency-table';
import { cpuPerUnit, cpuSnapshot } from './support/process-cpu';
import { BENCH_ADMIN, BenchApi, startSystem } from './support/running-system';
import { syntheticCandidate } from './support/synthetic-candidates';
import { GIVEN_NAMES, SURNAMES } from './support/synthetic-vocabulary';

function options(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  return {
    people: Number(value('people', '100000')),
    window: Number(value('window', '5000')),
    concurrency: Number(value('concurrency', '8')),
    batch: Number(value('batch', '1')),
    seed: Number(value('seed', '7')),
  };
}

const GIVEN_CHARACTERS = [...new Set(GIVEN_NAMES.join(''))];

/**
 * Unique people have distinct names too (surname and a two-character given name, 579,000 of them):
 * the synthetic pool's 7,000 names would make most later posts look like possible duplicates.
 */
function distinctName(i: number): string {
  const n = GIVEN_CHARACTERS.length;
  const given = GIVEN_CHARACTERS[Math.floor(i / SURNAMES.length) % n]! + GIVEN_CHARACTERS[Math.floor(i / SURNAMES.length / n) % n]!;
  return SURNAMES[i % SURNAMES.length]! + given;
}

function resumeOf(seed: number, i: number) {
  const c = syntheticCandidate(seed, i);
  return {
    externalId: `bench-${seed}-${i}`,
    profile: {
      name: distinctName(i),
      phone: `+86 139${String(i).padStart(8, '0')}`,
      email: `person${i}.${seed}@example.cn`,
      city: c.city,
      education: c.text.schools.map((school) => ({ school, degree: 'bachelor' as const })),
      workHistory: c.text.employers.map((employer) => ({ employer, title: '工程师', description: c.text.resumeText.slice(0, 120) })),
      yearsOfExperience: c.yearsOfExperience ?? 0,
      skills: c.text.skills,
    },
    sourcing: { channel: 'job_board', detail: '智联招聘' },
  };
}

interface Window {
  millis: number[];
  startedAt: bigint;
  endedAt?: bigint;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const shape = opts.batch > 1 ? `batches of ${opts.batch}, ${opts.concurrency} batches at a time` : `${opts.concurrency} at a time`;
  console.log(`ingest: ${fmt(opts.people)} people, ${shape} · ${os.cpus().length} cores · Node ${process.version}`);
  const system = await startSystem({ OPEN_API_RATE_LIMIT: '100000000' });
  try {
    const admin = await new BenchApi(system.baseUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const key = await admin.call('POST', '/api/v1/admin/api-keys', { name: '智联招聘', source: `zhaopin${Date.now() % 100000}`, scopes: ['resumes:write'] });
    const board = new BenchApi(system.baseUrl);
    const windows: Window[] = [];
    let next = 0;
    let failures = 0;
    const windowOf = (i: number) => (windows[Math.floor(i / opts.window)] ??= { millis: [], startedAt: process.hrtime.bigint() });
    const post = async (first: number, count: number) => {
      const headers = { 'x-api-key': key.key };
      if (opts.batch === 1) return void (await board.call('POST', '/open/v1/resumes', resumeOf(opts.seed, first), headers));
      const resumes = Array.from({ length: count }, (_, k) => resumeOf(opts.seed, first + k));
      const answer = await board.call('POST', '/open/v1/resumes/batch', { resumes }, headers);
      if (answer.refused) throw new Error(`${answer.refused} resumes refused: ${JSON.stringify(answer.results.find((r: { problem?: unknown }) => r.problem))}`);
    };
    const worker = async () => {
      while (next < opts.people) {
        const first = next;
        const count = Math.min(opts.batch, opts.people - first);
        next += count;
        const window = windowOf(first);
        const start = process.hrtime.bigint();
        try {
          await post(first, count);
        } catch (error) {
          if (failures++ < 5) console.error((error as Error).message);
        }
        const millis = elapsedMs(start);
        for (let k = 0; k < count; k++) window.millis.push(millis);
        window.endedAt = process.hrtime.bigint();
      }
    };
    const started = process.hrtime.bigint();
    const cpuBefore = cpuSnapshot();
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
    const answered = process.hrtime.bigint();
    // The events of the last posts are still being consumed: their work belongs to these resumes.
    await system.drained();
    const drainedAfter = elapsedMs(answered) / 1000;
    const cpuAfter = cpuSnapshot();
    const rates = windows.map((w) => (w.millis.length / Number(w.endedAt! - w.startedAt)) * 1e9);
    console.log('  window (people)      resumes/s  p50 ms  p99 ms');
    windows.forEach((w, k) => {
      const sorted = [...w.millis].sort((a, b) => a - b);
      const range = `${fmt(k * opts.window + 1)}–${fmt(k * opts.window + w.millis.length)}`;
      console.log(`  ${range.padEnd(20)} ${fmt(rates[k]!).padStart(9)}  ${percentile(sorted, 50).toFixed(1).padStart(6)}  ${percentile(sorted, 99).toFixed(1).padStart(6)}`);
    });
    const total = (opts.people / elapsedMs(started)) * 1000;
    console.log(`overall ${fmt(total)} resumes/s · last window ${((rates.at(-1)! / rates[0]!) * 100).toFixed(0)} % of the first · ${failures} failed`);
    console.log(`events consumed ${drainedAfter.toFixed(1)} s after the last answer`);
    console.log(`CPU ms per resume: ${cpuPerUnit(cpuBefore, cpuAfter, opts.people)}`);
  } finally {
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
