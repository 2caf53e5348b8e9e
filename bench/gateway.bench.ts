/**
 * Authenticated reads through the gateway, side by side with an Express "hello" in the same run.
 * Prints figures; asserts nothing.
 *
 *   npm run bench -- gateway [--connections 50] [--seconds 10] [--requisitions 200]
 *
 * Starts every service and the gateway as `npm start` does (separate processes), seeds requisitions
 * through the API, then loads each route with autocannon: hello, GET /api/v1/me,
 * GET /api/v1/requisitions/{id} (a different id per request is not needed: nothing is cached) and
 * GET /api/v1/requisitions?pageSize=20; hello again at the end. The ratio is to the mean of both hellos.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { load, loadTable, type LoadResult } from './support/load';
import { BENCH_ADMIN, BenchApi, startSystem } from './support/running-system';

function options(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  return { connections: Number(value('connections', '50')), seconds: Number(value('seconds', '10')), requisitions: Number(value('requisitions', '200')) };
}

async function startHello(port: number) {
  const child = fork(path.join(__dirname, 'support', 'express-hello.js'), [String(port)], { stdio: 'inherit' });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/** A department, a position and open-for-reading draft requisitions, created as their manager would. */
async function seed(api: BenchApi, count: number): Promise<string> {
  const admin = await api.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
  const department = await admin.call('POST', '/api/v1/admin/departments', { name: '门店运营部', code: `STORES${Date.now()}` });
  const password = 'Bench-Manager-Passw0rd!';
  const email = `manager${Date.now()}@bench.example`;
  await admin.call('POST', '/api/v1/admin/users', { name: '黄志强', email, password, roles: ['dept_manager', 'hr_manager'], departmentId: department.id });
  const manager = await api.login(email, password);
  const position = await manager.call('POST', '/api/v1/positions', { title: '门店店长', departmentId: department.id });
  let id = '';
  for (let i = 0; i < count; i += 1) {
    const requisition = await manager.call('POST', '/api/v1/requisitions', {
      positionId: position.id,
      departmentId: department.id,
      headcount: 1 + (i % 5),
      reason: 'replacement',
      requirements: ['三年以上门店管理经验'],
      salary: { min: '12000', max: '18000' },
      workLocation: '苏州',
      desiredStartDate: '2027-03-01',
      urgency: 'normal',
    });
    id = requisition.id;
  }
  return id;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  console.log(`gateway: ${opts.connections} connections × ${opts.seconds} s per route · ${os.cpus().length} cores · Node ${process.version}`);
  const hello = await startHello(8091);
  const system = await startSystem({ AUTH_RATE_LIMIT: '100000' });
  try {
    const api = new BenchApi(system.baseUrl);
    const requisitionId = await seed(api, opts.requisitions);
    const admin = await api.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const headers = { authorization: admin.bearer };
    const run = (label: string, url: string, auth = true) =>
      load(label, url, { connections: opts.connections, seconds: opts.seconds, headers: auth ? headers : undefined });
    const before = await run('Express 5 hello (before)', hello.url, false);
    const rows: LoadResult[] = [before];
    rows.push(await run('GET /api/v1/me', `${system.baseUrl}/api/v1/me`));
    rows.push(await run('GET /api/v1/requisitions/{id}', `${system.baseUrl}/api/v1/requisitions/${requisitionId}`));
    rows.push(await run('GET /api/v1/requisitions?pageSize=20', `${system.baseUrl}/api/v1/requisitions?pageSize=20`));
    const after = await run('Express 5 hello (after)', hello.url, false);
    rows.push(after);
    const reference = { ...before, requestsPerSecond: (before.requestsPerSecond + after.requestsPerSecond) / 2 };
    console.log(`${opts.requisitions} requisitions seeded; ratio to the mean of both hellos`);
    console.log(loadTable(rows, reference));
  } finally {
    await system.stop();
    hello.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
