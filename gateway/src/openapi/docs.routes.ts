import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';

/** The raw document at /openapi.json and Swagger UI (assets from swagger-ui-dist, no CDN) at /docs. */
export function docsRouter(document: Record<string, unknown>): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use(
    '/docs',
    swaggerUi.serve,
    swaggerUi.setup(undefined, {
      customSiteTitle: '招聘管理系统 API',
      swaggerOptions: { url: '/openapi.json', persistAuthorization: true },
    }),
  );
  return router;
}
