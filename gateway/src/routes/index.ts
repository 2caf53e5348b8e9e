import type { AnyRoute } from '../openapi/route-registry';
import { adminApiKeyRoutes } from './admin-api-keys.routes';
import { adminDeliveryRoutes } from './admin-deliveries.routes';
import { adminDepartmentRoutes } from './admin-departments.routes';
import { adminUserRoutes } from './admin-users.routes';
import { applicationRoutes } from './applications.routes';
import { authRoutes } from './auth.routes';
import { candidateActionRoutes } from './candidate-actions.routes';
import { candidateIntakeRoutes } from './candidate-intake.routes';
import { candidatePoolRoutes } from './candidate-pool.routes';
import { candidateRoutes } from './candidates.routes';
import { evaluationRoutes } from './evaluations.routes';
import { healthRoutes } from './health.routes';
import { interviewActionRoutes } from './interview-actions.routes';
import { interviewRoutes } from './interviews.routes';
import { myNotificationRoutes } from './my-notifications.routes';
import { offerActionRoutes } from './offer-actions.routes';
import { offerSendRoutes } from './offer-sends.routes';
import { offerTemplateRoutes } from './offer-templates.routes';
import { offerRoutes } from './offers.routes';
import { openApiRoutes } from './open-api.routes';
import { positionRoutes } from './positions.routes';
import { publicInterviewResponseRoutes } from './public-interview-responses.routes';
import { publicOfferResponseRoutes } from './public-offer-responses.routes';
import { requisitionActionRoutes } from './requisition-actions.routes';
import { requisitionRoutes } from './requisitions.routes';
import type { RouteDeps } from './route-deps';
import { userDirectoryRoutes } from './users.routes';

/** Every HTTP route of the gateway, each declared once; fixed paths before the /{id} routes they share a prefix with. */
export function allRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    ...healthRoutes(deps),
    ...authRoutes(deps),
    ...adminUserRoutes(deps),
    ...adminDepartmentRoutes(deps),
    ...adminApiKeyRoutes(deps),
    ...userDirectoryRoutes(deps),
    ...positionRoutes(deps),
    ...requisitionRoutes(deps),
    ...requisitionActionRoutes(deps),
    ...candidateIntakeRoutes(deps),
    ...candidatePoolRoutes(deps),
    ...candidateRoutes(deps),
    ...candidateActionRoutes(deps),
    ...applicationRoutes(deps),
    ...interviewRoutes(deps),
    ...interviewActionRoutes(deps),
    ...evaluationRoutes(deps),
    ...offerRoutes(deps),
    ...offerActionRoutes(deps),
    ...offerSendRoutes(deps),
    ...offerTemplateRoutes(deps),
    ...myNotificationRoutes(deps),
    ...adminDeliveryRoutes(deps),
    ...publicInterviewResponseRoutes(deps),
    ...publicOfferResponseRoutes(deps),
    ...openApiRoutes(deps),
  ];
}
