import type { Connection } from 'mongoose';
import { OutboxRelay, connectMongo, syncIndexes } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import type { OfferFilter, OfferRepository } from '../../src/app/ports';
import type { Offer } from '../../src/domain/offer';
import { offerModel } from '../../src/infra/offer.model';
import { offerQuery } from '../../src/infra/offer.query';
import { mongoOfferRepository } from '../../src/infra/offer.repository';
import { approved, draft, hrManager, pending, salesHead, techHead } from '../unit/offer-fixtures';

/**
 * The list used to be one `$and`, which the embedded database cannot serve from an index; it is now a
 * flat filter. `previousQuery` is the former filter, kept as the reference: each list must hold
 * exactly what it gave, in the same order, with the same total.
 */
function previousQuery(filter: OfferFilter): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  for (const field of ['applicationId', 'candidateId', 'requisitionId', 'departmentId'] as const) {
    if (filter[field]) and.push({ [field]: filter[field] });
  }
  if (filter.awaitingApprover) {
    const { roles, departmentId } = filter.awaitingApprover;
    and.push({ status: 'pending_approval', 'awaiting.role': { $in: roles } });
    and.push({ 'awaiting.departmentId': { $in: ['', departmentId ?? ''] } });
  }
  return and.length ? { $and: and } : {};
}

const BASE = new Date('2026-11-01T00:00:00Z');
const MAKERS = [draft, pending, approved];

/** Offers in three states (approved ones in tech, whose head the fixtures know) and two departments; pairs share a creation instant, so the `_id` tie-break matters. */
function offer(i: number): Offer {
  const made = MAKERS[i % 3]!({ applicationId: `app-${i % 4}`, candidateId: `cand-${i % 5}`, requisitionId: `req-${i % 2}`, departmentId: i % 3 === 2 || i % 4 < 2 ? 'tech' : 'sales' });
  const at = new Date(BASE.getTime() + Math.floor(i / 2) * 60_000);
  return { ...made, id: `of-${String(i).padStart(2, '0')}`, number: `OFF-2026-${100 + i}`, createdAt: at, version: 0 };
}

const page = (number: number, pageSize = 4) => ({ page: number, pageSize });

describe('offer lists on flat, indexed filters', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('of_lists');
  const logger = silentLogger();
  let connection: Connection;
  let offers: OfferRepository;

  beforeAll(async () => {
    connection = await connectMongo({ url: mongoUrl, dbName, logger });
    offers = mongoOfferRepository(connection, new OutboxRelay({ models: [], publisher: { publishAll: async () => undefined }, logger }));
    await syncIndexes(connection);
    for (let i = 0; i < 24; i += 1) await offers.save(offer(i), []);
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const idsOf = async (query: Record<string, unknown>) =>
    (await offerModel(connection).collection.find(query as never).sort({ createdAt: -1, _id: 1 }).project({ _id: 1 }).toArray()).map((d) => String(d._id));

  const filters: [string, OfferFilter][] = [
    ['everything', {}],
    ['a status', { statuses: ['draft'] }],
    ['the approved list', { statuses: ['approved', 'sent', 'accepted'] }],
    ['a department head’s department', { departmentId: 'sales' }],
    ['an application, a candidate and a requisition', { applicationId: 'app-1', requisitionId: 'req-1' }],
    ['a candidate by status', { candidateId: 'cand-2', statuses: ['draft', 'pending_approval'] }],
  ];

  it.each(filters)('lists %s exactly as the former filter did, page by page', async (_name, filter) => {
    const expected = await idsOf(previousQuery(filter));
    expect(expected.length).toBeGreaterThan(0);
    for (let number = 1; number <= Math.ceil(expected.length / 4) + 1; number += 1) {
      const listed = await offers.list(filter, page(number));
      expect(listed.total).toBe(expected.length);
      expect(listed.items.map((o) => o.id)).toEqual(expected.slice((number - 1) * 4, number * 4));
    }
  });

  it('selects the offers awaiting an approver as the former filter did', async () => {
    const cases: [Principal, OfferFilter][] = [
      [hrManager, {}],
      [hrManager, { statuses: ['pending_approval', 'approved'] }],
      [hrManager, { statuses: ['approved'] }],
      [techHead, { departmentId: 'tech' }],
      [salesHead, {}],
    ];
    for (const [approver, rest] of cases) {
      const filter = { ...rest, awaitingApprover: approver };
      expect(await idsOf(previousQuery(filter))).toEqual(await idsOf(offerQuery(filter)));
    }
    const awaiting = await offers.list({ awaitingApprover: hrManager }, page(1, 100));
    expect(awaiting.total).toBe(8);
    expect(awaiting.items.every((o) => o.status === 'pending_approval')).toBe(true);
    expect((await offers.list({ awaitingApprover: hrManager, statuses: ['approved'] }, page(1))).total).toBe(0);
  });

  it('builds a flat filter: top-level equality and $in only', () => {
    expect(offerQuery({ statuses: ['approved', 'sent'], departmentId: 'tech', candidateId: 'cand-1' })).toEqual({
      status: { $in: ['approved', 'sent'] },
      departmentId: 'tech',
      candidateId: 'cand-1',
    });
  });
});
