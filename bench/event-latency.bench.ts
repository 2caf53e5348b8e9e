/**
 * From a committed write in one service to its effect in another, at idle. Prints figures; asserts nothing.
 *
 *   npm run bench -- event-latency [--samples 200]
 *
 * Starts every service and the gateway as `npm start` does. Each sample: a job board posts a resume to
 * an open requisition, HR moves the application to the offer stage, then to hired (the measured write,
 * in the resume service); the requisition service counts the hire from
 * `resume.application.stage-changed.v1` (its effect). Measured from the moment the API answered the move
 * (the write is committed before it answers) to the moment the requisition's stored hired count shows it,
 * read from its database every millisecond. Samples are taken one at a time, a little apart (idle).
 */
import os from 'node:os';
import { MongoClient } from 'mongodb';
import { latencyTable } from './support/latency-table';
import { BENCH_ADMIN, BenchApi, startSystem } from './support/running-system';

function options(argv: string[]) {
  const at = argv.indexOf('--samples');
  return { samples: Number(at >= 0 ? argv[at + 1] : 200) };
}

async function openRequisition(api: BenchApi) {
  const admin = await api.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
  const department = await admin.call('POST', '/api/v1/admin/departments', { name: '门店运营部', code: `LAT${Date.now()}` });
  const password = 'Bench-People-Passw0rd!';
  const person = async (key: string, roles: string[]) => {
    const email = `${key}${Date.now()}@bench.example`;
    await admin.call('POST', '/api/v1/admin/users', { name: key, email, password, roles, departmentId: department.id });
    return api.login(email, password);
  };
  const manager = await person('manager', ['dept_manager']);
  const hr = await person('hrmanager', ['hr_manager', 'hr']);
  const position = await hr.call('POST', '/api/v1/positions', { title: '门店店长', departmentId: department.id });
  const requisition = await manager.call('POST', '/api/v1/requisitions', {
    positionId: position.id,
    departmentId: department.id,
    headcount: 1000,
    reason: 'expansion',
    requirements: [],
    salary: { min: '8000', max: '12000' },
    workLocation: '苏州',
    desiredStartDate: '2027-03-01',
    urgency: 'normal',
  });
  await manager.call('POST', `/api/v1/requisitions/${requisition.id}/submit`);
  await manager.call('POST', `/api/v1/requisitions/${requisition.id}/approve`, {});
  await hr.call('POST', `/api/v1/requisitions/${requisition.id}/approve`, {});
  const key = await admin.call('POST', '/api/v1/admin/api-keys', { name: 'board', source: `lat${Date.now() % 100000}`, scopes: ['resumes:write'] });
  return { hr, requisitionId: requisition.id as string, apiKey: key.key as string };
}

async function main(): Promise<void> {
  const { samples } = options(process.argv.slice(2));
  console.log(`event-latency: ${samples} samples, one at a time · ${os.cpus().length} cores · Node ${process.version}`);
  const system = await startSystem({ OPEN_API_RATE_LIMIT: '100000000' });
  const mongo = await new MongoClient(process.env.MONGO_URL!).connect();
  try {
    const api = new BenchApi(system.baseUrl);
    const { hr, requisitionId, apiKey } = await openRequisition(api);
    const requisitions = mongo.db('hr_requisition').collection('requisitions');
    const hiredCount = async () => ((await requisitions.findOne({ _id: requisitionId } as never, { projection: { hiredCount: 1 } }))?.hiredCount ?? 0) as number;
    const millis: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const posted = await api.call('POST', '/open/v1/resumes', { externalId: `lat-${i}`, requisitionId, profile: { name: `候选人${i}`, email: `lat${i}@example.cn` } }, { 'x-api-key': apiKey });
      for (const toStage of ['screening', 'interview', 'offer']) await hr.call('POST', `/api/v1/applications/${posted.applicationId}/stage`, { toStage });
      const before = await hiredCount();
      await hr.call('POST', `/api/v1/applications/${posted.applicationId}/stage`, { toStage: 'hired' });
      const committed = process.hrtime.bigint();
      while ((await hiredCount()) === before) await new Promise((resolve) => setTimeout(resolve, 1));
      millis.push(Number(process.hrtime.bigint() - committed) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(latencyTable([{ label: 'application hired → requisition hired count', millis }]));
  } finally {
    await mongo.close();
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
