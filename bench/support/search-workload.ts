import type { CandidateSearchQuery } from '../../services/resume/src/app/ports';
import { HRS, NEWEST, REQUISITIONS, Random, between, pick, seededRandom, some } from './synthetic-candidates';
import * as V from './synthetic-vocabulary';

export const KINDS = ['one keyword', 'two keywords', 'keyword + filters', 'filters only', 'sorted pages'] as const;
export type Kind = (typeof KINDS)[number];

const SORT_FIELDS = ['createdAt', 'updatedAt', 'yearsOfExperience', 'name'] as const;
const DAY = 86_400_000;

const keyword = (random: Random): string =>
  pick(random, [
    () => pick(random, V.SKILLS),
    () => pick(random, V.EMPLOYERS).replace(/（.*|有限公司|科技|集团/g, ''),
    () => pick(random, V.SCHOOLS),
    () => pick(random, V.SURNAMES) + pick(random, V.GIVEN_NAMES),
    () => pick(random, V.DUTIES).slice(0, 4),
    () => pick(random, V.ROLES),
  ])();

function filters(random: Random): Partial<CandidateSearchQuery> {
  const all: Partial<CandidateSearchQuery>[] = [
    { city: pick(random, V.CITIES) },
    { statuses: ['active'] },
    { stages: some(random, V.STAGES, 1, 2) },
    { requisitionId: pick(random, REQUISITIONS) },
    { hrId: pick(random, HRS) },
    { tags: [pick(random, V.TAGS)] },
    { categories: [pick(random, V.CATEGORIES)] },
    { sourceChannel: pick(random, V.SOURCE_CHANNELS) },
    { minYears: between(random, 1, 5), maxYears: between(random, 6, 15) },
    { minEducationRank: between(random, 2, 4) },
    { createdFrom: new Date(NEWEST - between(random, 60, 400) * DAY), createdTo: new Date(NEWEST - between(random, 0, 59) * DAY) },
  ];
  return Object.assign({}, ...some(random, all, 1, 3));
}

const sorted = (random: Random) => ({ field: pick(random, SORT_FIELDS), direction: pick(random, [1, -1] as const) });

/** `perKind` searches of each kind, interleaved, the same for a seed. */
export function searchWorkload(seed: number, perKind: number): { kind: Kind; query: CandidateSearchQuery }[] {
  const random = seededRandom(seed);
  const base = { page: 1, pageSize: 20 };
  const make: Record<Kind, () => CandidateSearchQuery> = {
    'one keyword': () => ({ ...base, keywords: keyword(random), sort: { field: 'relevance', direction: -1 } }),
    'two keywords': () => ({ ...base, keywords: `${keyword(random)} ${keyword(random)}`, sort: { field: 'relevance', direction: -1 } }),
    'keyword + filters': () => ({ ...base, keywords: keyword(random), ...filters(random), sort: sorted(random) }),
    'filters only': () => ({ ...base, ...filters(random), sort: { field: 'createdAt', direction: -1 } }),
    'sorted pages': () => ({ ...base, ...(random() < 0.5 ? { keywords: pick(random, V.SKILLS) } : {}), sort: sorted(random), page: between(random, 1, 50) }),
  };
  return Array.from({ length: perKind }, () => KINDS.map((kind) => ({ kind, query: make[kind]() }))).flat();
}
