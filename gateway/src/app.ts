import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Connection } from 'mongoose';
import { Logger, syncIndexes } from '@hr/platform';
import { ApiKeyService } from './auth/api-key.service';
import { AuthService } from './auth/auth.service';
import { DepartmentAdminService } from './auth/department-admin.service';
import { ensureFirstAdmin } from './auth/first-admin';
import { UserAdminService } from './auth/user-admin.service';
import { DependencyCheck, grpcHealthCheck } from './clients/grpc-health.client';
import { InterviewClient, createInterviewClient } from './clients/interview.client';
import { NotificationClient, createNotificationClient } from './clients/notification.client';
import { OfferClient, createOfferClient } from './clients/offer.client';
import { RequisitionClient, createRequisitionClient } from './clients/requisition.client';
import { ResumeClient, createResumeClient } from './clients/resume.client';
import type { GatewayConfig } from './config';
import { apiKeyModel } from './infra/api-key.model';
import { ApiKeyRepository } from './infra/api-key.repository';
import { departmentModel } from './infra/department.model';
import { DepartmentRepository } from './infra/department.repository';
import { mongoHealthCheck } from './infra/mongo-health';
import { sessionModel } from './infra/session.model';
import { SessionRepository } from './infra/session.repository';
import { userModel } from './infra/user.model';
import { UserRepository } from './infra/user.repository';
import { correlationId } from './middleware/correlation.middleware';
import { forbiddenKeyGuard } from './middleware/forbidden-keys.middleware';
import { problemHandler, routeNotFound } from './middleware/problem.middleware';
import { multipartParser } from './middleware/multipart.middleware';
import { apiKeyRateLimit, authRateLimit, publicRateLimit } from './middleware/rate-limit.middleware';
import { requestLogger } from './middleware/request-logger.middleware';
import { docsRouter } from './openapi/docs.routes';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { mountRoutes } from './openapi/route-mounting';
import { AnyRoute, assertRoutesWellFormed } from './openapi/route-registry';
import { allRoutes } from './routes';

export interface GatewayDeps {
  config: GatewayConfig;
  connection: Connection;
  logger: Logger;
  /** Defaults to a gRPC client on REQUISITION_GRPC_URL. */
  requisitionClient?: RequisitionClient;
  /** Defaults to a gRPC client on RESUME_GRPC_URL, sized for RESUME_MAX_FILE_BYTES. */
  resumeClient?: ResumeClient;
  /** Defaults to a gRPC client on INTERVIEW_GRPC_URL. */
  interviewClient?: InterviewClient;
  /** Defaults to a gRPC client on NOTIFICATION_GRPC_URL. */
  notificationClient?: NotificationClient;
  /** Defaults to a gRPC client on OFFER_GRPC_URL. */
  offerClient?: OfferClient;
  /** Defaults to the database ping plus the gRPC health of each backend. */
  readinessChecks?: DependencyCheck[];
}

export interface Gateway {
  app: express.Express;
  routes: AnyRoute[];
  openapi: Record<string, unknown>;
  auth: AuthService;
  users: UserRepository;
  departments: DepartmentRepository;
  apiKeys: ApiKeyService;
  /** Builds the unique indexes; await before serving so duplicates cannot slip in. */
  syncIndexes(): Promise<void>;
  ensureFirstAdmin(print?: (text: string) => void): Promise<boolean>;
  /** Closes the gRPC channels (the HTTP server and the database belong to the caller). */
  close(): void;
}

export function createGateway({ config, connection, logger, ...overrides }: GatewayDeps): Gateway {
  const users = new UserRepository(userModel(connection));
  const departments = new DepartmentRepository(departmentModel(connection));
  const sessions = new SessionRepository(sessionModel(connection));
  const auth = new AuthService(
    users,
    sessions,
    {
      jwtSecret: config.JWT_SECRET,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL,
      refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL,
      authCacheMs: config.AUTH_CACHE_MS,
    },
    logger,
  );
  const requisitions =
    overrides.requisitionClient ??
    createRequisitionClient({
      address: config.REQUISITION_GRPC_URL,
      principalSecret: config.INTERNAL_TOKEN_SECRET,
      deadlineMs: config.GRPC_DEADLINE_MS,
    });
  const resumes =
    overrides.resumeClient ??
    createResumeClient({
      address: config.RESUME_GRPC_URL,
      principalSecret: config.INTERNAL_TOKEN_SECRET,
      deadlineMs: config.GRPC_DEADLINE_MS,
      maxFileBytes: config.RESUME_MAX_FILE_BYTES,
    });
  const backend = (address: string) => ({ address, principalSecret: config.INTERNAL_TOKEN_SECRET, deadlineMs: config.GRPC_DEADLINE_MS });
  const interviews = overrides.interviewClient ?? createInterviewClient(backend(config.INTERVIEW_GRPC_URL));
  const notifications = overrides.notificationClient ?? createNotificationClient(backend(config.NOTIFICATION_GRPC_URL));
  const offers = overrides.offerClient ?? createOfferClient(backend(config.OFFER_GRPC_URL));
  const apiKeys = new ApiKeyService(new ApiKeyRepository(apiKeyModel(connection)), logger, undefined, config.AUTH_CACHE_MS);
  const readinessChecks = overrides.readinessChecks ?? [
    mongoHealthCheck(connection),
    grpcHealthCheck('requisition', config.REQUISITION_GRPC_URL),
    grpcHealthCheck('resume', config.RESUME_GRPC_URL),
    grpcHealthCheck('interview', config.INTERVIEW_GRPC_URL),
    grpcHealthCheck('notification', config.NOTIFICATION_GRPC_URL),
    grpcHealthCheck('offer', config.OFFER_GRPC_URL),
  ];

  const routes = allRoutes({
    auth,
    users,
    departments,
    userAdmin: new UserAdminService(users, departments, auth),
    departmentAdmin: new DepartmentAdminService(departments, users),
    apiKeys,
    requisitions,
    resumes,
    interviews,
    notifications,
    offers,
    readinessChecks,
    authRateLimit: authRateLimit(config.AUTH_RATE_LIMIT),
    publicRateLimit: publicRateLimit(config.PUBLIC_RATE_LIMIT),
    companyTimeZone: config.COMPANY_TIMEZONE,
    logger,
    fileCallDeadlineMs: config.RESUME_UPLOAD_DEADLINE_MS,
  });
  assertRoutesWellFormed(routes);
  const openapi = buildOpenApiDocument(routes, {
    title: '招聘管理系统 API (Recruitment management)',
    version: '1.0.0',
    description:
      'REST API of the hiring platform. Errors are application/problem+json (RFC 9457). ' +
      'Staff sign in for a JWT (`/api/v1/…`); third parties use scoped API keys (`/open/v1/…`); ' +
      'candidates answer interview invitations and offers through signed links (`/public/v1/…`, no account).',
  });

  const app = express();
  app.set('trust proxy', config.TRUST_PROXY);
  // Flat key=value pairs only: nested objects from a query string are how operator injection starts.
  app.set('query parser', 'simple');
  app.use(correlationId());
  app.use(requestLogger(logger));
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (config.CORS_ORIGINS.length) {
    app.use(cors({ origin: config.CORS_ORIGINS, exposedHeaders: ['x-correlation-id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] }));
  }
  app.use(express.json({ limit: config.JSON_BODY_LIMIT }));
  app.use(forbiddenKeyGuard());
  app.use(docsRouter(openapi));
  const router = express.Router();
  mountRoutes(router, routes, {
    authenticate: (token) => auth.authenticate(token),
    authenticateApiKey: (key) => apiKeys.authenticate(key),
    apiKeyRateLimit: apiKeyRateLimit(config.OPEN_API_RATE_LIMIT),
    multipart: (spec) => multipartParser(spec, { maxFileBytes: config.RESUME_MAX_FILE_BYTES }),
  });
  app.use(router);
  app.use(routeNotFound());
  app.use(problemHandler(logger));

  return {
    app,
    routes,
    openapi,
    auth,
    users,
    departments,
    apiKeys,
    syncIndexes: () => syncIndexes(connection),
    ensureFirstAdmin: (print) => ensureFirstAdmin(users, logger, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, print }),
    close: () => {
      if (!overrides.requisitionClient) requisitions.close();
      if (!overrides.resumeClient) resumes.close();
      if (!overrides.interviewClient) interviews.close();
      if (!overrides.notificationClient) notifications.close();
      if (!overrides.offerClient) offers.close();
      for (const check of readinessChecks) check.close?.();
    },
  };
}
