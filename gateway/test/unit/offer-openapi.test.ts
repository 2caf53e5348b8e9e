import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { allRoutes } from '../../src/routes';
import type { RouteDeps } from '../../src/routes/route-deps';

const pass = (_req: unknown, _res: unknown, next: () => void) => next();
const deps = { readinessChecks: [], authRateLimit: pass, publicRateLimit: pass } as unknown as RouteDeps;
const doc = buildOpenApiDocument(allRoutes(deps), { title: 'test', version: '0' }) as any;

/** Roles and presence of every path are checked with the others in openapi-document.test.ts. */
describe('OpenAPI document: offers', () => {
  it('documents the offer routes: the create body, the send refusals, the preview as JSON or PDF', () => {
    const create = doc.paths['/api/v1/offers'].post;
    expect(create.tags).toEqual(['offers']);
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['applicationId', 'grade', 'salary', 'probation', 'startDate', 'workLocation', 'contract', 'reportingManager', 'expiresAt']),
    );
    expect(body.required).not.toContain('candidateLocale');
    expect(Object.keys(body.properties)).not.toEqual(expect.arrayContaining(['candidateId', 'requisitionId', 'positionId', 'departmentId']));
    expect(create.responses['400'].description).toContain('salary.monthlyBase');
    expect(doc.paths['/api/v1/offers/{id}/send'].post.responses['409'].description).toContain('OFFER_NOT_APPROVED');
    expect(doc.paths['/api/v1/offers/{id}/approve'].post.responses['403'].description).toContain('NOT_CURRENT_APPROVER');
    const list = doc.paths['/api/v1/offers'].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(expect.arrayContaining(['status', 'approvedOnly', 'applicationId', 'candidateId', 'requisitionId', 'departmentId', 'page']));
    const preview = doc.paths['/api/v1/offer-templates/preview'].post.responses['200'].content;
    expect(Object.keys(preview).sort()).toEqual(['application/json', 'application/pdf']);
    expect(doc.components.schemas.Offer.properties).toHaveProperty('sendCount');
  });

  it('documents the public offer links without any pay in what they show', () => {
    for (const method of ['get', 'post']) {
      const op = doc.paths['/public/v1/offer-responses/{token}'][method];
      expect(op.tags).toEqual(['public']);
      expect(op.security).toEqual([]);
      expect(op.responses['403'].description).toContain('OFFER_LINK_INVALID');
      expect(op.responses['429']).toBeDefined();
    }
    const answer = doc.paths['/public/v1/offer-responses/{token}'].post;
    expect(answer.requestBody.content['application/x-www-form-urlencoded'].schema.properties).toHaveProperty('reason');
    const link = JSON.stringify(doc.components.schemas.OfferResponseLink.properties);
    expect(link).not.toMatch(/salary|monthlyBase|annualCash/i);
  });
});
