import type { RequestHandler } from 'express';
import type { Logger } from '@hr/platform';
import type { ApiKeyService } from '../auth/api-key.service';
import type { AuthService } from '../auth/auth.service';
import type { DepartmentAdminService } from '../auth/department-admin.service';
import type { UserAdminService } from '../auth/user-admin.service';
import type { DependencyCheck } from '../clients/grpc-health.client';
import type { InterviewClient } from '../clients/interview.client';
import type { NotificationClient } from '../clients/notification.client';
import type { OfferClient } from '../clients/offer.client';
import type { RequisitionClient } from '../clients/requisition.client';
import type { ResumeClient } from '../clients/resume.client';
import type { DepartmentRepository } from '../infra/department.repository';
import type { UserRepository } from '../infra/user.repository';

/** What route modules need; assembled once in app.ts. */
export interface RouteDeps {
  auth: AuthService;
  users: UserRepository;
  departments: DepartmentRepository;
  userAdmin: UserAdminService;
  departmentAdmin: DepartmentAdminService;
  apiKeys: ApiKeyService;
  requisitions: RequisitionClient;
  resumes: ResumeClient;
  interviews: InterviewClient;
  notifications: NotificationClient;
  offers: OfferClient;
  readinessChecks: DependencyCheck[];
  authRateLimit: RequestHandler;
  /** Throttles the routes anybody may call without an account (per client IP). */
  publicRateLimit: RequestHandler;
  /** IANA zone interviews are invited in when HR names none; offer deadlines are shown in it. */
  companyTimeZone: string;
  logger: Logger;
  /** Deadline of the calls that carry a file (upload, ingestion). */
  fileCallDeadlineMs: number;
}

export function pageOf(page: number, pageSize: number, total: number) {
  return { page, pageSize, total };
}
