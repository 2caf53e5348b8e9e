import type { z } from 'zod';
import type { Role } from '@hr/workflow';
import type { AuthContext } from '../auth/auth.types';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { serviceIdParams } from './schemas/common.schemas';

export interface ActionSpec<B extends z.ZodType> {
  /** The last path segment: POST {basePath}/{id}/{action}. */
  action: string;
  operationId: string;
  summary: string;
  description?: string;
  roles: readonly Role[];
  body?: B;
  /** Problem statuses beyond the usual ones, with what they mean. */
  problems?: Record<number, string>;
  /** Calls the service; the response's `entity` field is the answer. */
  call: (id: string, body: z.output<B>, caller: AuthContext) => Promise<object>;
}

export interface ActionResource {
  basePath: string;
  tags: string[];
  /** The response field that holds the entity, e.g. `requisition`. */
  entity: string;
  schema: z.ZodType;
  /** Shapes the service's entity for clients (default: as the service sent it). */
  present?: (entity: never) => unknown;
}

/** State-changing POST routes on one entity, all answering the entity after the change. */
export function actionRouteFactory(resource: ActionResource) {
  return function action<B extends z.ZodType>(spec: ActionSpec<B>): AnyRoute {
    return defineRoute({
      method: 'post',
      path: `${resource.basePath}/{id}/${spec.action}`,
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.description,
      tags: resource.tags,
      roles: spec.roles,
      params: serviceIdParams,
      body: spec.body,
      responses: { 200: { description: `The ${resource.entity} after the change`, schema: resource.schema } },
      problems: spec.problems,
      handler: async ({ params, body, auth }) => {
        const response = (await spec.call(params.id, body as z.output<B>, auth)) as Record<string, unknown>;
        const entity = present(response[resource.entity], resource.entity);
        return resource.present ? resource.present(entity as never) : entity;
      },
    });
  };
}
