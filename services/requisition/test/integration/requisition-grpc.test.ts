import { requisitionV1 } from '@hr/contracts';
import { DomainError } from '@hr/platform';
import { dropDatabase, rejectionOf } from '@hr/testing';
import type { RunningService } from '../../src/requisition-service';
import { RequisitionClient, clientFor, hrManager, isolatedConfig, openRequisition, salesManager, start } from './requisition-harness';

const techManager = { userId: 'u-tech-mgr', roles: ['dept_manager' as const], departmentId: 'tech' };

const failure = (call: Promise<unknown>) => rejectionOf<DomainError>(call);

describe('requisition gRPC API re-checks the domain rules with the caller', () => {
  const config = isolatedConfig();
  let service: RunningService;
  let client: RequisitionClient;
  let input: requisitionV1.RequisitionInput;

  beforeAll(async () => {
    service = await start(config);
    client = clientFor(service);
    const { position } = await client.createPosition(
      { position: { title: 'Java 开发工程师', departmentId: 'tech', level: 'P5', description: '', defaultRequirements: [] } },
      { principal: hrManager },
    );
    input = {
      positionId: position!.id,
      departmentId: 'tech',
      headcount: 1,
      reason: 'replacement',
      reasonNote: '',
      requirements: [],
      salary: { min: '20000', max: '30000', currency: 'CNY' },
      workLocation: '深圳',
      urgency: 'normal',
    };
  });

  afterAll(async () => {
    client?.close();
    await service?.stop();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });


  it('refuses a call without a principal', async () => {
    expect(await failure(client.listRequisitions({ statuses: [] }))).toMatchObject({ kind: 'unauthenticated' });
  });

  it('refuses a manager drafting for another department', async () => {
    const error = await failure(client.createRequisition({ requisition: input }, { principal: salesManager }));
    expect(error).toMatchObject({ kind: 'permission_denied', reason: 'REQUISITION_FORBIDDEN' });
  });

  it('hides another department’s requisitions from a department manager', async () => {
    const { requisition } = await client.createRequisition({ requisition: input }, { principal: techManager });
    const seenBySales = await client.listRequisitions({ statuses: [] }, { principal: salesManager });
    expect(seenBySales.requisitions.map((r) => r.id)).not.toContain(requisition!.id);
    expect(await failure(client.getRequisition({ id: requisition!.id }, { principal: salesManager }))).toMatchObject({
      kind: 'not_found',
    });
    const seenByTech = await client.listRequisitions({ statuses: [] }, { principal: techManager });
    expect(seenByTech.requisitions.map((r) => r.id)).toContain(requisition!.id);
  });

  it('refuses an update based on a stale version and accepts the current one', async () => {
    const { requisition } = await client.createRequisition({ requisition: input }, { principal: techManager });
    const id = requisition!.id;
    const edited = { ...input, headcount: 2 };
    const stale = await failure(
      client.updateRequisition({ id, requisition: edited, expectedVersion: requisition!.version + 1 }, { principal: techManager }),
    );
    expect(stale).toMatchObject({ kind: 'aborted', reason: 'CONCURRENT_MODIFICATION' });
    const updated = await client.updateRequisition(
      { id, requisition: edited, expectedVersion: requisition!.version },
      { principal: techManager },
    );
    expect(updated.requisition).toMatchObject({ headcount: 2, version: requisition!.version + 1 });
  });

  it('lets a service or job board with requisitions:read see published requisitions only', async () => {
    const reader = { userId: 'apikey:k1', roles: [], scopes: ['requisitions:read'] };
    const { requisition: draft } = await client.createRequisition({ requisition: input }, { principal: techManager });
    expect(await failure(client.getRequisition({ id: draft!.id }, { principal: reader }))).toMatchObject({ kind: 'not_found' });
    const listed = await client.listRequisitions({ statuses: ['draft'] }, { principal: reader });
    expect(listed.requisitions).toEqual([]);
    const openId = await openRequisition(client);
    expect((await client.getRequisition({ id: openId }, { principal: reader })).requisition!.status).toBe('open');
    const everything = await client.listRequisitions({ statuses: [] }, { principal: reader });
    expect(everything.requisitions.map((r) => r.id)).toContain(openId);
    expect(everything.requisitions.every((r) => ['open', 'paused', 'filled', 'closed'].includes(r.status))).toBe(true);
  });

  it('names the field of an invalid requisition', async () => {
    const error = await failure(
      client.createRequisition({ requisition: { ...input, salary: { min: '30000', max: '20000', currency: 'CNY' } } }, { principal: techManager }),
    );
    expect(error.kind).toBe('invalid_argument');
    expect(error.violations).toEqual([expect.objectContaining({ field: 'salary.max', rule: 'gte_min' })]);
  });
});
