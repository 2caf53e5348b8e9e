import type { Connection } from 'mongoose';
import { pageWindow, withoutUndefined } from '@hr/platform';
import type { CandidateSearchDocument, CandidateSearchIndex, CandidateSearchQuery } from '../app/ports';
import { candidateSearchModel } from './candidate-search.model';
import { TERM_WEIGHTS, cityKey, nameKey, searchTokens, termClasses } from './candidate-search.terms';

const SORT_KEYS = { createdAt: 'createdAt', updatedAt: 'updatedAt', yearsOfExperience: 'yearsOfExperience', name: 'nameKey' } as const;

function toDocument(doc: CandidateSearchDocument): Record<string, unknown> {
  const classes = termClasses(doc);
  const document: Record<string, unknown> = {
    nameKey: nameKey(doc.name),
    terms: classes.flat(),
    nameTerms: classes[0],
    skillTerms: classes[1],
    orgTerms: classes[2],
    status: doc.status,
    tags: doc.tags,
    categories: doc.categories,
    sourceChannels: doc.sourceChannels,
    city: cityKey(doc.city),
    yearsOfExperience: doc.yearsOfExperience,
    educationRank: doc.educationRank ?? 0,
    stages: doc.stages,
    requisitionIds: doc.requisitionIds,
    hrIds: doc.hrIds,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
  return withoutUndefined(document);
}

/** The semantics of the memory engine's searchTable, as a MongoDB filter. */
function searchFilter(query: CandidateSearchQuery, tokens: string[]): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (tokens.length) and.push({ terms: { $all: tokens } });
  if (query.statuses?.length) and.push({ status: { $in: query.statuses } });
  if (query.stages?.length) and.push({ stages: { $in: query.stages } });
  if (query.requisitionId) and.push({ requisitionIds: query.requisitionId });
  if (query.tags?.length) and.push({ tags: { $all: query.tags } });
  if (query.categories?.length) and.push({ categories: { $all: query.categories } });
  if (query.sourceChannel) and.push({ sourceChannels: query.sourceChannel });
  if (cityKey(query.city)) and.push({ city: cityKey(query.city) });
  if (query.minYears !== undefined) and.push({ yearsOfExperience: { $gte: query.minYears } });
  if (query.maxYears !== undefined) and.push({ yearsOfExperience: { $lte: query.maxYears } });
  if (query.minEducationRank !== undefined) and.push({ educationRank: { $gte: query.minEducationRank } });
  if (query.createdFrom) and.push({ createdAt: { $gte: query.createdFrom } });
  if (query.createdTo) and.push({ createdAt: { $lte: query.createdTo } });
  if (query.hrId) and.push({ hrIds: query.hrId });
  return and.length ? { $and: and } : {};
}

interface RankedDoc {
  _id: string;
  nameTerms: string[];
  skillTerms: string[];
  orgTerms: string[];
  updatedAt: Date;
}

function relevance(doc: RankedDoc, tokens: string[]): number {
  const classes = [doc.nameTerms, doc.skillTerms, doc.orgTerms];
  return tokens.reduce((sum, token) => {
    const best = classes.findIndex((terms) => terms.includes(token));
    return sum + TERM_WEIGHTS[best < 0 ? 3 : best];
  }, 0);
}

/** Stateless: every search is one indexed query plus a count, so any number of replicas may share it. */
export function queryEngine(connection: Connection): CandidateSearchIndex {
  const model = candidateSearchModel(connection);
  let indexes: Promise<unknown> | undefined;
  // Built once before the first use; a failed build is tried again by the next call.
  const ready = () => {
    indexes ??= model.init().catch((error: unknown) => {
      indexes = undefined;
      throw error;
    });
    return indexes;
  };

  return {
    async upsert(doc) {
      await ready();
      await model.collection.replaceOne({ _id: doc.candidateId } as never, toDocument(doc), { upsert: true });
    },

    async remove(candidateId) {
      await ready();
      await model.collection.deleteOne({ _id: candidateId } as never);
    },

    async search(query) {
      await ready();
      const tokens = searchTokens(query.keywords);
      const filter = searchFilter(query, tokens);
      const { skip, limit } = pageWindow(query);
      const { field, direction } = query.sort;
      if (field === 'relevance') {
        const projection = { nameTerms: 1, skillTerms: 1, orgTerms: 1, updatedAt: 1 };
        const docs = (await model.collection.find(filter, { projection }).toArray()) as unknown as RankedDoc[];
        const ranked = docs.map((doc) => ({ id: doc._id, score: relevance(doc, tokens), updatedAt: doc.updatedAt.getTime() }));
        ranked.sort((a, b) => (a.score - b.score) * direction || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return { ids: ranked.slice(skip, skip + limit).map((r) => r.id), total: ranked.length };
      }
      const [docs, total] = await Promise.all([
        model.collection.find(filter, { projection: { _id: 1 } }).sort({ [SORT_KEYS[field]]: direction, _id: 1 }).skip(skip).limit(limit).toArray(),
        model.collection.countDocuments(filter),
      ]);
      return { ids: docs.map((doc) => String(doc._id)), total };
    },
  };
}
