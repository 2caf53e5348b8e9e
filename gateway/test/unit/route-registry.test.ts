import { z } from 'zod';
import { AnyRoute, apiKeyScopes, assertRoutesWellFormed, defineRoute } from '../../src/openapi/route-registry';

const route = (method: 'get' | 'post', path: string, roles: AnyRoute['roles'] = ['hr']): AnyRoute =>
  defineRoute({ method, path, operationId: `${method}${path}`, summary: path, tags: ['t'], roles, params: z.object({}), responses: { 200: { description: 'ok' } }, handler: () => ({}) });

describe('route registry checks', () => {
  it('refuses a fixed path declared after a /{id} route that would capture it', () => {
    const routes = [route('get', '/api/v1/candidates/{id}'), route('get', '/api/v1/candidates/saved-filters')];
    expect(() => assertRoutesWellFormed(routes)).toThrow(/unreachable behind get \/api\/v1\/candidates\/\{id\}/);
    expect(() => assertRoutesWellFormed([...routes].reverse())).not.toThrow();
    expect(() => assertRoutesWellFormed([route('get', '/a/{id}'), route('post', '/a/fixed')])).not.toThrow();
  });

  it('keeps API keys to /open/ and /open/ to API keys', () => {
    expect(() => assertRoutesWellFormed([route('get', '/open/v1/x', apiKeyScopes('requisitions:read'))])).not.toThrow();
    expect(() => assertRoutesWellFormed([route('get', '/open/v1/x', ['hr'])])).toThrow(/take API keys/);
    expect(() => assertRoutesWellFormed([route('get', '/api/v1/x', apiKeyScopes('requisitions:read'))])).toThrow(/under \/open\//);
    expect(() => assertRoutesWellFormed([route('get', '/open/v1/x', apiKeyScopes())])).toThrow(/name a scope/);
  });
});
