import { z } from 'zod';
import { unknownQueryParameters } from '../../src/middleware/validation';
import { searchCandidatesQuery } from '../../src/routes/schemas/candidate-search.schemas';
import { listInterviewsQuery } from '../../src/routes/schemas/interview.schemas';
import { userListQuery } from '../../src/routes/schemas/user.schemas';

const unknownOf = (schema: z.ZodType | undefined, query: Record<string, unknown>) => unknownQueryParameters(schema, query).map((v) => v.field);

describe('unknown query parameters', () => {
  it('names each parameter the route does not take', () => {
    expect(unknownOf(userListQuery, { text: '李', q: '李', role: 'hr', page: '2' })).toEqual(['text']);
    expect(unknownOf(undefined, { debug: '1', x: '' })).toEqual(['debug', 'x']);
    expect(unknownOf(userListQuery, {})).toEqual([]);
  });

  it('sees through refinements, transforms and defaults', () => {
    expect(unknownOf(listInterviewsQuery, { from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z', pageSize: '5', sort: 'x' })).toEqual(['sort']);
    expect(unknownOf(searchCandidatesQuery, { q: '销售', stage: 'new', tag: 'a', minYears: '1', stages: 'new' })).toEqual(['stages']);
    expect(unknownOf(z.object({ a: z.string() }).transform((q) => q.a).pipe(z.string()), { a: 'x', b: 'y' })).toEqual(['b']);
  });

  it('reads each name in the reader language', () => {
    expect(unknownQueryParameters(undefined, { text: '1' })[0]).toMatchObject({ rule: 'unknown_key', text: 'unknown_parameter', params: { key: 'text' } });
  });
});
