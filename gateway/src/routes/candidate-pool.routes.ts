import { z } from 'zod';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { CANDIDATE_TAGS, RECRUITERS } from './candidate-intake.routes';
import { present } from './present';
import { presentSavedFilter, searchQueryToFilter, toSearchFilter } from './resume.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { candidateSchema, mergeSuggestionQuery, mergeSuggestionSchema, resolvedSuggestionSchema } from './schemas/candidate.schemas';
import { saveFilterBody, savedFilterSchema, searchCandidatesQuery } from './schemas/candidate-search.schemas';
import { listEnvelope, serviceIdParams } from './schemas/common.schemas';

/** The collection-level candidate routes: declared before /api/v1/candidates/{id} so their fixed paths win. */
export function candidatePoolRoutes({ resumes }: RouteDeps): AnyRoute[] {
  const resolve = (accept: boolean) =>
    defineRoute({
      method: 'post',
      path: `/api/v1/candidates/merge-suggestions/{id}/${accept ? 'accept' : 'dismiss'}`,
      operationId: accept ? 'acceptMergeSuggestion' : 'dismissMergeSuggestion',
      summary: accept ? 'Accept a merge suggestion: the duplicate is merged into the known person' : 'Dismiss a merge suggestion: they are different people',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      responses: { 200: { description: 'The resolved suggestion (and the merged candidate)', schema: resolvedSuggestionSchema } },
      handler: async ({ params }) => {
        const response = await resumes.resolveMergeSuggestion({ id: params.id, accept });
        return { suggestion: present(response.suggestion, 'suggestion'), ...(response.candidate ? { candidate: response.candidate } : {}) };
      },
    });
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates',
      operationId: 'searchCandidates',
      summary: 'Search the talent pool (简历库): keywords and filters, sorted and paginated',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      query: searchCandidatesQuery,
      responses: { 200: { description: 'A page of candidates', schema: listEnvelope(candidateSchema) } },
      handler: async ({ query }) => {
        const { sort, page, pageSize } = query;
        const result = await resumes.searchCandidates({ filter: toSearchFilter(searchQueryToFilter(query)), sort, page: { page, pageSize } });
        return { data: result.candidates, page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates/merge-suggestions',
      operationId: 'listMergeSuggestions',
      summary: 'Possible duplicates waiting for HR',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      query: mergeSuggestionQuery,
      responses: { 200: { description: 'A page of merge suggestions', schema: listEnvelope(mergeSuggestionSchema) } },
      handler: async ({ query: { status, page, pageSize } }) => {
        const result = await resumes.listMergeSuggestions({ status: status ?? '', page: { page, pageSize } });
        return { data: result.suggestions, page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    resolve(true),
    resolve(false),
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates/saved-filters',
      operationId: 'listSavedFilters',
      summary: 'My saved searches and the shared ones',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      responses: { 200: { description: 'Saved filters', schema: z.object({ data: z.array(savedFilterSchema) }) } },
      handler: async () => ({ data: (await resumes.listSavedFilters({})).savedFilters.map(presentSavedFilter) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/candidates/saved-filters',
      operationId: 'saveFilter',
      summary: 'Save a search under a name',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      body: saveFilterBody,
      responses: { 201: { description: 'Saved', schema: savedFilterSchema } },
      handler: async ({ body }) => {
        const response = await resumes.saveFilter({ name: body.name, filter: toSearchFilter(body.filter), shared: body.shared });
        return presentSavedFilter(present(response.savedFilter, 'saved filter'));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/v1/candidates/saved-filters/{id}',
      operationId: 'deleteSavedFilter',
      summary: 'Delete one of my saved searches',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      responses: { 204: { description: 'Deleted' } },
      handler: async ({ params }) => {
        await resumes.deleteSavedFilter({ id: params.id });
      },
    }),
  ];
}
