import { resumeV1 } from '@hr/contracts';
import { pageRequest } from '@hr/platform';
import type { CandidateSearchQuery } from '../app/ports';

const EDUCATION_RANK: Record<string, number> = { high_school: 1, associate: 2, bachelor: 3, master: 4, doctorate: 5 };
const SORT_FIELDS = ['createdAt', 'updatedAt', 'yearsOfExperience', 'name', 'relevance'] as const;
const SORT_ALIASES: Record<string, (typeof SORT_FIELDS)[number]> = {
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  years_of_experience: 'yearsOfExperience',
};

export function parseSort(sort: string, hasKeywords: boolean): CandidateSearchQuery['sort'] {
  if (!sort) return hasKeywords ? { field: 'relevance', direction: -1 } : { field: 'createdAt', direction: -1 };
  const direction = sort.startsWith('-') ? -1 : 1;
  const raw = sort.replace(/^[-+]/, '');
  const field = SORT_ALIASES[raw] ?? (SORT_FIELDS as readonly string[]).find((f) => f === raw);
  return { field: (field ?? 'createdAt') as CandidateSearchQuery['sort']['field'], direction };
}

export function fromProtoSearch(request: resumeV1.SearchCandidatesRequest): CandidateSearchQuery {
  const filter = request.filter;
  const list = (items: string[] | undefined) => (items?.length ? items : undefined);
  return {
    keywords: filter?.keywords || undefined,
    stages: list(filter?.stages),
    requisitionId: filter?.requisitionId || undefined,
    tags: list(filter?.tags),
    categories: list(filter?.categories),
    sourceChannel: filter?.sourceChannel || undefined,
    city: filter?.city || undefined,
    minYears: filter?.minYears,
    maxYears: filter?.maxYears,
    minEducationRank: filter?.educationLevel ? EDUCATION_RANK[filter.educationLevel] : undefined,
    createdFrom: filter?.createdFrom,
    createdTo: filter?.createdTo,
    hrId: filter?.hrId || undefined,
    statuses: list(filter?.statuses),
    sort: parseSort(request.sort, Boolean(filter?.keywords)),
    ...pageRequest(request.page),
  };
}
