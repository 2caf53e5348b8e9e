import type { AnyRoute } from '../openapi/route-registry';
import { adminDepartmentRoutes } from './admin-departments.routes';
import { adminUserRoutes } from './admin-users.routes';
import { authRoutes } from './auth.routes';
import { healthRoutes } from './health.routes';
import { positionRoutes } from './positions.routes';
import { requisitionActionRoutes } from './requisition-actions.routes';
import { requisitionRoutes } from './requisitions.routes';
import type { RouteDeps } from './route-deps';
import { userDirectoryRoutes } from './users.routes';

/** Every HTTP route of the gateway, each declared once. */
export function allRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    ...healthRoutes(deps),
    ...authRoutes(deps),
    ...adminUserRoutes(deps),
    ...adminDepartmentRoutes(deps),
    ...userDirectoryRoutes(deps),
    ...positionRoutes(deps),
    ...requisitionRoutes(deps),
    ...requisitionActionRoutes(deps),
  ];
}
