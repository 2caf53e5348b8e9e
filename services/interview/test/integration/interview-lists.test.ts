import type { Connection } from 'mongoose';
import { OutboxRelay, backfillOnce, connectMongo, syncIndexes } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { InterviewFilter, InterviewRecord, InterviewRepository } from '../../src/app/ports';
import type { InterviewStatus } from '../../src/domain/interview';
import { MAX_DURATION_MINUTES } from '../../src/domain/interview-validation';
import { interviewQueryFieldsBackfill } from '../../src/infra/interview.document';
import { interviewModel } from '../../src/infra/interview.model';
import { interviewQuery } from '../../src/infra/interview.query';
import { mongoInterviewRepository } from '../../src/infra/interview.repository';
import { evaluationInput, scheduled } from '../unit/interview-fixtures';

/**
 * The lists used to be one `$and` with an `$or` on a nested field, which the embedded database cannot
 * serve from an index; they are now flat filters on stored query fields. `previousQuery` is the former
 * filter, kept as the reference: each list must hold exactly what it gave, in the same order.
 */
function previousQuery(filter: InterviewFilter): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filter.applicationId) and.push({ applicationId: filter.applicationId });
  if (filter.candidateId) and.push({ candidateId: filter.candidateId });
  if (filter.requisitionId) and.push({ requisitionId: filter.requisitionId });
  if (filter.interviewerId) and.push({ interviewerIds: filter.interviewerId });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.from) and.push({ startsAt: { $gte: filter.from } });
  if (filter.to) and.push({ startsAt: { $lt: filter.to } });
  if (filter.visibleTo) {
    const { userId, departmentId } = filter.visibleTo;
    const mine: Record<string, unknown>[] = [{ interviewerIds: userId }];
    if (departmentId) mine.push({ 'snapshot.departmentId': departmentId });
    and.push({ $or: mine });
  }
  if (filter.awaitingEvaluationBy) {
    const { userId, now } = filter.awaitingEvaluationBy;
    and.push({ status: 'scheduled', interviewerIds: userId, evaluatedBy: { $ne: userId }, startsAt: { $lte: now } });
  }
  return and.length ? { $and: and } : {};
}

const DAY = new Date('2026-12-01T00:00:00Z');
const PANELS = [['u-alice'], ['u-bob', 'u-alice'], ['u-carol'], ['u-bob']];
const DEPARTMENTS = ['sales', 'tech', undefined];
const STATUSES: InterviewStatus[] = ['scheduled', 'scheduled', 'cancelled', 'completed'];

/** Interviews over five days, every 5 hours; pairs share a start, so the `_id` tie-break matters. */
function record(i: number): InterviewRecord {
  const startsAt = new Date(DAY.getTime() + Math.floor(i / 2) * 5 * 3_600_000);
  const interviewerIds = PANELS[i % 4]!;
  const interview = scheduled({ id: `iv-${String(i).padStart(2, '0')}`, applicationId: `app-${i % 5}`, candidateId: `cand-${i % 6}`, requisitionId: `req-${i % 2}`, startsAt, interviewerIds });
  const evaluations = i % 3 === 0 ? [{ ...evaluationInput(), interviewerId: interviewerIds[0]!, submittedAt: startsAt, amendments: [] }] : [];
  const snapshot = { positionTitle: '销售代表', departmentId: DEPARTMENTS[i % 3], candidate: { name: '张三', locale: 'zh-CN' as const }, interviewers: [] };
  return { ...interview, status: STATUSES[(i >> 1) % 4]!, evaluations, snapshot, noticesSent: [] };
}

const page = (number: number, pageSize = 4) => ({ page: number, pageSize });

describe('interview lists on flat, indexed filters', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('iv_lists');
  const logger = silentLogger();
  let connection: Connection;
  let interviews: InterviewRepository;

  beforeAll(async () => {
    connection = await connectMongo({ url: mongoUrl, dbName, logger });
    const relay = new OutboxRelay({ models: [], publisher: { publishAll: async () => undefined }, logger });
    interviews = mongoInterviewRepository(connection, relay);
    await syncIndexes(connection);
    for (let i = 0; i < 28; i += 1) await interviews.save(record(i), []);
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const collection = () => interviewModel(connection).collection;
  const idsOf = async (query: Record<string, unknown>, direction: 1 | -1) =>
    (await collection().find(query as never).sort({ startsAt: direction, _id: 1 }).project({ _id: 1 }).toArray()).map((d) => String(d._id));

  const now = new Date(DAY.getTime() + 50 * 3_600_000);
  const filters: [string, InterviewFilter][] = [
    ['everything', {}],
    ['a status', { statuses: ['scheduled'] }],
    ['an application and a round of statuses', { applicationId: 'app-1', statuses: ['scheduled', 'completed'] }],
    ['an interviewer', { interviewerId: 'u-alice' }],
    ['a window', { from: new Date('2026-12-01T20:00:00Z'), to: new Date('2026-12-03T07:00:00Z') }],
    ['an open window', { from: new Date('2026-12-03T00:00:00Z') }],
    ['a department manager', { visibleTo: { userId: 'u-bob', departmentId: 'sales' } }],
    ['a department manager in a window', { visibleTo: { userId: 'u-carol', departmentId: 'tech' }, from: DAY, to: new Date('2026-12-02T12:00:00Z') }],
    ['an interviewer who sees their own', { visibleTo: { userId: 'u-alice' }, requisitionId: 'req-1' }],
    ['awaiting an evaluation', { interviewerId: 'u-alice', awaitingEvaluationBy: { userId: 'u-alice', now } }],
    ['awaiting an evaluation, by status', { interviewerId: 'u-bob', statuses: ['scheduled', 'cancelled'], awaitingEvaluationBy: { userId: 'u-bob', now } }],
  ];

  it.each(filters)('lists %s exactly as the former filter did, in both orders and page by page', async (_name, filter) => {
    for (const [order, direction] of [['latest', -1], ['earliest', 1]] as const) {
      const expected = await idsOf(previousQuery(filter), direction);
      expect(expected.length).toBeGreaterThan(0);
      for (let number = 1; number <= Math.ceil(expected.length / 4) + 1; number += 1) {
        const listed = await interviews.list(filter, page(number), order);
        expect(listed.total).toBe(expected.length);
        expect(listed.items.map((r) => r.id)).toEqual(expected.slice((number - 1) * 4, number * 4));
      }
    }
  });

  it('shows a department manager their department’s interviews and those they sit on, nothing else', async () => {
    const listed = await interviews.list({ visibleTo: { userId: 'u-carol', departmentId: 'sales' } }, page(1, 100), 'latest');
    const all = await interviews.list({}, page(1, 100), 'latest');
    const expected = all.items.filter((r) => r.snapshot.departmentId === 'sales' || r.interviewerIds.includes('u-carol'));
    expect(listed.items.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(listed.items.some((r) => r.snapshot.departmentId !== 'sales')).toBe(true);
  });

  it('finds the interviews booked around a slot by their days', async () => {
    const from = new Date('2026-12-02T04:00:00Z');
    const booked = await interviews.booked(['u-alice', 'u-carol'], from, new Date('2026-12-02T05:00:00Z'));
    const expected = (await interviews.list({}, page(1, 100), 'earliest')).items.filter(
      (r) =>
        r.status !== 'cancelled' &&
        r.interviewerIds.some((id) => id === 'u-alice' || id === 'u-carol') &&
        r.startsAt < new Date('2026-12-02T05:00:00Z') &&
        r.startsAt.getTime() > from.getTime() - MAX_DURATION_MINUTES * 60_000,
    );
    expect(booked.map((b) => b.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(booked.length).toBeGreaterThan(0);
  });

  it('keeps the filter flat, with the window’s days beside its exact bounds', () => {
    const query = interviewQuery({ statuses: ['scheduled'], visibleTo: { userId: 'u-bob', departmentId: 'sales' }, from: DAY, to: new Date('2026-12-03T00:00:00Z') });
    expect(query).toEqual({
      status: 'scheduled',
      audience: { $in: ['department:sales', 'user:u-bob'] },
      startsAt: { $gte: DAY, $lt: new Date('2026-12-03T00:00:00Z') },
      startDay: { $in: ['2026-12-01', '2026-12-02'] },
    });
  });

  it('gives interviews stored by an earlier release their query fields, once', async () => {
    const old = record(40);
    const { id, version: _v, noticesSent: _n, ...state } = old;
    await collection().insertOne({ _id: id, ...state, evaluatedBy: [], version: 1, outbox: [] } as never);
    const backfill = interviewQueryFieldsBackfill(collection());
    expect(await backfillOnce(connection.db!, backfill, logger)).toBe(1);
    expect(await collection().findOne({ _id: id } as never)).toMatchObject({ audience: ['department:tech', 'user:u-alice'], startDay: '2026-12-05' });
    const listed = await interviews.list({ visibleTo: { userId: 'u-nobody', departmentId: 'tech' } }, page(1, 100), 'latest');
    expect(listed.items.map((r) => r.id)).toContain(id);
    expect(await interviews.get(id)).toEqual({ ...old, version: 1 });
    expect(await backfillOnce(connection.db!, backfill, logger)).toBe(0);
  });
});
