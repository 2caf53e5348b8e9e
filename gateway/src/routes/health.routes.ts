import { z } from 'zod';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import type { RouteDeps } from './route-deps';

const CHECK_TIMEOUT_MS = 2000;

const readinessSchema = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    checks: z.record(z.string(), z.enum(['up', 'down'])),
  })
  .meta({ id: 'Readiness' });

export function healthRoutes({ readinessChecks }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'liveness',
      summary: 'Liveness: the process is up',
      tags: ['health'],
      roles: 'public',
      responses: { 200: { description: 'Up', schema: z.object({ status: z.literal('ok') }) } },
      handler: () => ({ status: 'ok' }),
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'readiness',
      summary: "Readiness: the gateway's database and every backend answer",
      tags: ['health'],
      roles: 'public',
      responses: {
        200: { description: 'Ready', schema: readinessSchema },
        503: { description: 'A dependency is down (named in `checks`)', schema: readinessSchema },
      },
      handler: async ({ res }) => {
        const results = await Promise.all(readinessChecks.map(async (dep) => [dep.name, await dep.check(CHECK_TIMEOUT_MS)] as const));
        const checks = Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down']));
        const ready = results.every(([, up]) => up);
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks });
      },
    }),
  ];
}
