import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { dropDatabase } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { withoutUndefined } from '@hr/platform';
import type { RequisitionFilter } from '../../src/app/ports';
import { RequisitionInput, createRequisition } from '../../src/app/create-requisition';
import { createPosition } from '../../src/app/manage-positions';
import { submitRequisition } from '../../src/app/submit-requisition';
import type { Requisition, RequisitionStatus } from '../../src/domain/requisition';
import { requisitionQuery } from '../../src/infra/requisition.query';
import type { RunningService } from '../../src/requisition-service';
import { hrManager, isolatedConfig, salesManager, start } from './requisition-harness';

/**
 * The lists used to be one `$and` of `$or`s, which the embedded database cannot serve from an index;
 * they are now flat filters on stored query fields. `previousQuery` is the former filter, kept here as
 * the reference: each list must hold exactly what it gave, in the same order, with the same total.
 */
function previousQuery(filter: RequisitionFilter): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter.positionId) and.push({ positionId: filter.positionId });
  if (filter.urgency) and.push({ urgency: filter.urgency });
  if (filter.recruiterId) and.push({ $or: [{ responsibleRecruiterId: filter.recruiterId }, { helperRecruiterIds: filter.recruiterId }] });
  if (filter.visibleTo) {
    const { userId, departmentId } = filter.visibleTo;
    const mine: Record<string, unknown>[] = [{ responsibleRecruiterId: userId }, { helperRecruiterIds: userId }];
    if (departmentId) mine.push({ departmentId });
    and.push({ $or: mine });
  }
  if (filter.awaitingApprover) {
    const { roles, departmentId } = filter.awaitingApprover;
    and.push({ status: 'pending_approval', 'awaiting.role': { $in: roles } });
    and.push({ 'awaiting.departmentId': { $in: ['', departmentId ?? ''] } });
  }
  return and.length ? { $and: and } : {};
}

const DEPARTMENTS = ['sales', 'tech', 'ops'];
const RECRUITERS = [undefined, 'u-rec-a', 'u-rec-b'];
const STATUSES: RequisitionStatus[] = ['draft', 'open', 'paused', 'closed'];
const BASE = new Date('2026-10-01T00:00:00Z');

/** A stored requisition in any state; three share each creation instant, so the `_id` tie-break matters. */
function requisition(i: number): Requisition {
  const at = new Date(BASE.getTime() + Math.floor(i / 3) * 60_000);
  return {
    id: `req-${String(i).padStart(2, '0')}-${randomUUID().slice(0, 4)}`,
    number: `REQ-2026-${String(100 + i)}`,
    status: STATUSES[i % 4]!,
    positionId: `p-${i % 2}`,
    positionTitle: '销售代表',
    departmentId: DEPARTMENTS[i % 3]!,
    headcount: 1,
    reason: 'expansion',
    reasonNote: '',
    requirements: [],
    salary: { min: '8000', max: '12000', currency: 'CNY' },
    workLocation: '上海',
    urgency: i % 5 === 0 ? 'urgent' : 'normal',
    responsibleRecruiterId: RECRUITERS[Math.floor(i / 2) % 3],
    helperRecruiterIds: i % 4 === 1 ? ['u-rec-b', 'u-sales-mgr'] : [],
    hiredCount: 0,
    statusHistory: [],
    createdBy: 'u-creator',
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
}

/** As a release before the query fields stored a requisition. */
function storedByEarlierRelease(req: Requisition): Record<string, unknown> {
  const { id, version: _version, ...state } = req;
  return { _id: id, ...withoutUndefined(state), awaiting: null, version: 1, outbox: [] };
}

const page = (number: number, pageSize = 4) => ({ page: number, pageSize });

describe('requisition lists on flat, indexed filters', () => {
  const config = isolatedConfig();
  const client = new MongoClient(config.MONGO_URL);
  let service: RunningService;
  const earlier = [requisition(90), requisition(91)];

  beforeAll(async () => {
    earlier[0]!.helperRecruiterIds = ['u-rec-a'];
    await client.connect();
    await client.db(config.MONGO_DB).collection('requisitions').insertMany(earlier.map(storedByEarlierRelease) as never[]);
    service = await start(config);
    for (let i = 0; i < 24; i += 1) await service.deps.requisitions.save(requisition(i), []);
    const position = await createPosition(service.deps, { title: '店长', departmentId: 'sales', level: 'M1', description: '', defaultRequirements: [], active: true }, hrManager);
    const input: RequisitionInput = {
      positionId: position.id,
      departmentId: 'sales',
      headcount: 1,
      reason: 'replacement',
      reasonNote: '',
      requirements: [],
      salary: { min: '10000', max: '15000', currency: 'CNY' },
      workLocation: '杭州',
      urgency: 'normal',
    };
    for (let i = 0; i < 3; i += 1) {
      const draft = await createRequisition(service.deps, input, salesManager);
      await submitRequisition(service.deps, draft.id, salesManager);
    }
  });

  afterAll(async () => {
    await service?.stop();
    await client.close();
    await dropDatabase(config.MONGO_URL, config.MONGO_DB);
  });

  const collection = () => client.db(config.MONGO_DB).collection('requisitions');
  const idsOf = async (query: Record<string, unknown>) =>
    (await collection().find(query).sort({ createdAt: -1, _id: 1 }).project({ _id: 1 }).toArray()).map((d) => String(d._id));

  const salesHead = { userId: 'u-sales-mgr', departmentId: 'sales' };
  const filters: [string, RequisitionFilter][] = [
    ['everything', {}],
    ['one status', { statuses: ['open'] }],
    ['published statuses', { statuses: ['open', 'paused', 'filled', 'closed'] }],
    ['a department', { departmentId: 'tech' }],
    ['a position and an urgency', { positionId: 'p-0', urgency: 'normal' }],
    ['a recruiter, responsible or helping', { recruiterId: 'u-rec-b' }],
    ['a department manager', { visibleTo: salesHead }],
    ['a department manager, by status', { visibleTo: salesHead, statuses: ['draft', 'open'] }],
    ['a department manager asking for another department', { visibleTo: salesHead, departmentId: 'tech' }],
    ['a department manager, by recruiter', { visibleTo: salesHead, recruiterId: 'u-rec-a' }],
    ['a recruiter without a department', { visibleTo: { userId: 'u-rec-a' } }],
  ];

  it.each(filters)('lists %s exactly as the former filter did, page by page', async (_name, filter) => {
    const expected = await idsOf(previousQuery(filter));
    expect(expected.length).toBeGreaterThan(0);
    for (let number = 1; number <= Math.ceil(expected.length / 4) + 1; number += 1) {
      const listed = await service.deps.requisitions.list(filter, page(number));
      expect(listed.total).toBe(expected.length);
      expect(listed.items.map((r) => r.id)).toEqual(expected.slice((number - 1) * 4, number * 4));
    }
  });

  it('shows a department manager their department’s requisitions and those they recruit for, nothing else', async () => {
    const listed = await service.deps.requisitions.list({ visibleTo: salesHead }, page(1, 100));
    const all = await service.deps.requisitions.list({}, page(1, 100));
    const expected = all.items.filter((r) => r.departmentId === 'sales' || r.helperRecruiterIds.includes('u-sales-mgr'));
    expect(listed.items.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(listed.items.some((r) => r.departmentId !== 'sales')).toBe(true);
  });

  it('gives requisitions stored by an earlier release their query fields at start', async () => {
    const mine = await service.deps.requisitions.list({ visibleTo: { userId: 'u-rec-a' } }, page(1, 100));
    expect(mine.items.map((r) => r.id)).toEqual(expect.arrayContaining([earlier[0]!.id]));
    const stored = await collection().findOne({ _id: earlier[0]!.id } as never);
    expect(stored).toMatchObject({ recruiterIds: ['u-rec-a'], audience: ['department:sales', 'user:u-rec-a'] });
    expect(await service.deps.requisitions.get(earlier[0]!.id)).toEqual({ ...earlier[0], version: 1 });
  });

  it('selects the requisitions awaiting an approver as the former filter did', async () => {
    const cases: [Principal, RequisitionFilter][] = [
      [salesManager, {}],
      [salesManager, { statuses: ['pending_approval', 'open'] }],
      [salesManager, { statuses: ['open'] }],
      [hrManager, { visibleTo: { userId: hrManager.userId } }],
    ];
    for (const [approver, rest] of cases) {
      const filter = { ...rest, awaitingApprover: approver };
      expect(await idsOf(requisitionQuery(filter))).toEqual(await idsOf(previousQuery(filter)));
    }
    const awaiting = await service.deps.requisitions.list({ awaitingApprover: salesManager }, page(1, 2));
    expect(awaiting).toMatchObject({ total: 3, items: [expect.objectContaining({ status: 'pending_approval' }), expect.anything()] });
  });

  it('keeps a plain filter flat: top-level equality and $in only', () => {
    const query = requisitionQuery({ statuses: ['open', 'paused'], departmentId: 'sales', recruiterId: 'u-rec-a', visibleTo: salesHead });
    expect(query).toEqual({
      status: { $in: ['open', 'paused'] },
      departmentId: 'sales',
      recruiterIds: 'u-rec-a',
      audience: { $in: ['department:sales', 'user:u-sales-mgr'] },
    });
  });
});
