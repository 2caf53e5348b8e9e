import { OutboxRelay, oneOf, withoutUndefined } from '@hr/platform';
import type { CandidateRepository } from '../app/ports';
import type { Candidate } from '../domain/candidate';
import { duplicateKeys } from '../domain/duplicate-scoring';
import { identityOf } from '../app/detect-person';
import { fromDocument } from './documents';
import type { ResumeModels } from './resume.models';

const STORAGE_ONLY = ['nameKey', 'externalKeys'];
const LOOKUP_LIST = 10;
const toCandidate = (doc: Record<string, any>) => fromDocument<Candidate>(doc, STORAGE_ONLY);
const externalKey = (source: string, externalId: string) => `${source}|${externalId}`;
const byCreation = (a: Candidate, b: Candidate) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toDocument(candidate: Candidate): Record<string, unknown> {
  const { id: _id, version: _version, ...state } = candidate;
  return withoutUndefined({
    ...state,
    profile: withoutUndefined(candidate.profile as unknown as Record<string, unknown>),
    nameKey: duplicateKeys(identityOf(candidate.profile, candidate)).nameKey,
    externalKeys: candidate.externalRefs.map((r) => externalKey(r.source, r.externalId)),
  });
}

export function mongoCandidateRepository(models: ResumeModels, relay: OutboxRelay): CandidateRepository {
  const collection = models.candidates.collection;
  const find = async (filter: Record<string, unknown>) => (await collection.find(filter as never).toArray()).map(toCandidate);
  /**
   * Candidates whose `field` holds any of the values, asked in short lists at once: FerretDB turns an
   * `$in` into ORed containments, and PostgreSQL's generic plan for a hundred of them scans the table
   * (measured: seconds a lookup at 3,000 candidates); ten at a time stay index scans.
   */
  const findAny = async (field: string, values: string[]) => {
    const lists = Array.from({ length: Math.ceil(values.length / LOOKUP_LIST) }, (_, i) => values.slice(i * LOOKUP_LIST, (i + 1) * LOOKUP_LIST));
    return (await Promise.all(lists.map((list) => find({ [field]: oneOf(list) })))).flat();
  };
  return {
    async get(id) {
      const doc = await collection.findOne({ _id: id } as never);
      return doc ? toCandidate(doc) : undefined;
    },
    getMany: (ids) => (ids.length ? find({ _id: { $in: ids } }) : Promise.resolve([])),
    async findByContacts(phones, emails) {
      // Indexed lookups merged here: an `$or` of them is never pushed down and would read every candidate.
      const unique = new Map<string, Candidate>();
      const [byPhone, byEmail] = await Promise.all([findAny('phones', phones), findAny('emails', emails)]);
      for (const candidate of [...byPhone, ...byEmail]) unique.set(candidate.id, candidate);
      // Oldest first, whichever contact matched: the person's original record leads, as in insertion order.
      return [...unique.values()].filter((c) => c.status !== 'merged').sort(byCreation);
    },
    findByNameKey: (nameKey) => withoutMerged(find({ nameKey })),
    findByNameKeys: (nameKeys) => withoutMerged(findAny('nameKey', [...new Set(nameKeys)])),
    async findByExternalRef(source, externalId) {
      return (await find({ externalKeys: externalKey(source, externalId) }))[0];
    },
    findByExternalRefs: (source, externalIds) => findAny('externalKeys', [...new Set(externalIds.map((id) => externalKey(source, id)))]),
    async save(candidate, events) {
      const version = await relay.commit(models.candidates, {
        id: candidate.id,
        expectedVersion: candidate.version,
        state: toDocument(candidate),
        events,
      });
      return { ...candidate, version };
    },
    async createAll(created) {
      await relay.commitCreations(
        models.candidates,
        created.map(({ candidate, events }) => ({ id: candidate.id, state: toDocument(candidate), events })),
      );
      return created.map(({ candidate }) => ({ ...candidate, version: 1 }));
    },
  };
}

async function withoutMerged(found: Promise<Candidate[]>): Promise<Candidate[]> {
  return (await found).filter((c) => c.status !== 'merged');
}
