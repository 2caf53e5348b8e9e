import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { RouteDeps, pageOf } from './route-deps';
import { apiKeyListQuery, apiKeySchema, createApiKeyBody, createdApiKeySchema } from './schemas/api-key.schemas';
import { idParams, listEnvelope } from './schemas/common.schemas';

const ADMIN = ['admin'] as const;
const TAGS = ['admin: api keys'];

export function adminApiKeyRoutes({ apiKeys }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/api-keys',
      operationId: 'createApiKey',
      summary: 'Issue an API key for a third party (job board, HRIS)',
      description:
        'The answer holds the key (`hrk_<id>_<secret>`) in plain text: it is shown this once and stored only as a hash. ' +
        'The third party sends it as `X-API-Key` (or `Authorization: Bearer`) to the /open/v1 routes its scopes allow.',
      tags: TAGS,
      roles: ADMIN,
      body: createApiKeyBody,
      responses: { 201: { description: 'Created; `key` is never shown again', schema: createdApiKeySchema } },
      handler: ({ body, auth, res }) => {
        res.setHeader('Cache-Control', 'no-store');
        const { expiresAt, ...input } = body;
        return apiKeys.create({ ...input, expiresAt: expiresAt ? new Date(expiresAt) : undefined }, auth.principal.userId);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/api-keys',
      operationId: 'listApiKeys',
      summary: 'List API keys (never their secrets)',
      tags: TAGS,
      roles: ADMIN,
      query: apiKeyListQuery,
      responses: { 200: { description: 'A page of API keys', schema: listEnvelope(apiKeySchema) } },
      handler: async ({ query: { page, pageSize, ...filter } }) => {
        const result = await apiKeys.list(filter, { page, pageSize });
        return { data: result.items, page: pageOf(page, pageSize, result.total) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/api-keys/{id}',
      operationId: 'getApiKey',
      summary: 'Get an API key (never its secret)',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      responses: { 200: { description: 'The API key', schema: apiKeySchema } },
      handler: ({ params }) => apiKeys.get(params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/api-keys/{id}/revoke',
      operationId: 'revokeApiKey',
      summary: 'Revoke an API key: it stops working at once',
      description: 'Revoking twice keeps the first revocation.',
      tags: TAGS,
      roles: ADMIN,
      params: idParams,
      responses: { 200: { description: 'The revoked key', schema: apiKeySchema } },
      handler: ({ params, auth }) => apiKeys.revoke(params.id, auth.principal.userId),
    }),
  ];
}
