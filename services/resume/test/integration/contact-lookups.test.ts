import type { Connection } from 'mongoose';
import { OutboxRelay, connectMongo, syncIndexes } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { CandidateRepository } from '../../src/app/ports';
import type { SavedFilter, SavedFilterRepository } from '../../src/app/saved-filters';
import type { Candidate, CandidateStatus } from '../../src/domain/candidate';
import { mongoCandidateRepository } from '../../src/infra/candidate.repository';
import { resumeModels } from '../../src/infra/resume.models';
import { mongoSavedFilterRepository } from '../../src/infra/saved-filter.repository';

const BASE = new Date('2026-06-01T00:00:00Z');

function candidate(id: string, contacts: { phones?: string[]; emails?: string[] }, minutes: number, status: CandidateStatus = 'active'): Candidate {
  const at = new Date(BASE.getTime() + minutes * 60_000);
  return {
    id,
    profile: { name: '李晓燕', education: [], workHistory: [], skills: [], languages: [] },
    phones: contacts.phones ?? [],
    emails: contacts.emails ?? [],
    tags: [],
    categories: [],
    source: { channel: 'job_board' },
    status,
    statusHistory: [],
    needsManualEntry: false,
    resumes: [],
    corrections: [],
    externalRefs: [],
    createdBy: 'u-hr',
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
}

function savedFilter(id: string, name: string, ownerId: string, shared: boolean): SavedFilter {
  return { id, name, filter: { q: name }, ownerId, shared, createdAt: BASE };
}

/** Lookups that were one `$or` (never served by an index) and are now indexed equality queries merged in code. */
describe('contact and saved-filter lookups without $or', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('resume_lookups');
  const logger = silentLogger();
  let connection: Connection;
  let candidates: CandidateRepository;
  let savedFilters: SavedFilterRepository;

  beforeAll(async () => {
    connection = await connectMongo({ url: mongoUrl, dbName, logger });
    const models = resumeModels(connection);
    await syncIndexes(connection);
    candidates = mongoCandidateRepository(models, new OutboxRelay({ models: [], publisher: { publishAll: async () => undefined }, logger }));
    savedFilters = mongoSavedFilterRepository(models);
    const people = [
      candidate('c-phone', { phones: ['+8613800138000'], emails: ['a@example.com'] }, 30),
      candidate('c-email', { phones: ['+8613900139000'], emails: ['b@example.com'] }, 10),
      candidate('c-both', { phones: ['+8613700137000'], emails: ['c@example.com'] }, 20),
      candidate('c-merged', { phones: ['+8613800138000'] }, 5, 'merged'),
      candidate('c-other', { phones: ['+8613600136000'], emails: ['d@example.com'] }, 0),
    ];
    for (const person of people) await candidates.save(person, []);
    const filters = [
      savedFilter('f-1', 'Zeta 本科', 'u-1', false),
      savedFilter('f-2', 'alpha', 'u-2', true),
      savedFilter('f-3', 'Beta', 'u-1', true),
      savedFilter('f-4', '销售', 'u-2', false),
      savedFilter('f-5', 'Ärzte', 'u-1', false),
    ];
    for (const filter of filters) await savedFilters.create(filter);
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const ids = (found: { id: string }[]) => found.map((c) => c.id);

  it('finds people by any phone or any e-mail, each once, oldest first, never a merged record', async () => {
    const found = await candidates.findByContacts(['+8613800138000', '+8613700137000'], ['b@example.com', 'c@example.com']);
    expect(ids(found)).toEqual(['c-email', 'c-both', 'c-phone']);
  });

  it('finds people by phone alone and by e-mail alone, and nobody without contacts', async () => {
    expect(ids(await candidates.findByContacts(['+8613600136000'], []))).toEqual(['c-other']);
    expect(ids(await candidates.findByContacts([], ['a@example.com']))).toEqual(['c-phone']);
    expect(await candidates.findByContacts([], [])).toEqual([]);
    expect(await candidates.findByContacts(['+8610000000000'], ['nobody@example.com'])).toEqual([]);
  });

  it('still finds a person among more contacts than one indexed lookup takes', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `x${i}@example.com`);
    expect(ids(await candidates.findByContacts([], [...many, 'd@example.com']))).toEqual(['c-other']);
  });

  it('lists a user’s own filters and the shared ones, once each, by name as the database orders names', async () => {
    expect(ids(await savedFilters.visibleTo('u-1'))).toEqual(['f-3', 'f-1', 'f-2', 'f-5']);
    expect(ids(await savedFilters.visibleTo('u-2'))).toEqual(['f-3', 'f-2', 'f-4']);
    expect(ids(await savedFilters.visibleTo('u-3'))).toEqual(['f-3', 'f-2']);
  });

  it('orders saved filters exactly as a sort by name in the database does', async () => {
    const sorted = await resumeModels(connection).savedFilters.collection.find({}).sort({ name: 1 }).toArray();
    const owners = new Set(['u-1']);
    const expected = sorted.filter((d) => owners.has(d.ownerId) || d.shared).map((d) => String(d._id));
    expect(ids(await savedFilters.visibleTo('u-1'))).toEqual(expected);
  });
});
