import { z } from 'zod';
import {
  approvalLevelsFromJson,
  baseConfigSchema,
  eventingConfigSchema,
  grpcServerConfigSchema,
  jobsConfigSchema,
  unsetWhenEmpty,
} from '@hr/platform';
import { APPROVAL_FACTS, defaultApprovalLevels } from './domain/approval-config';

export const offerConfigSchema = baseConfigSchema.extend({
  ...grpcServerConfigSchema.shape,
  ...eventingConfigSchema.shape,
  ...jobsConfigSchema.shape,
  GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(50055),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_offer'),
  /** Where the offer's application and candidate are looked up (GetApplication, GetCandidate). */
  RESUME_GRPC_URL: z.string().min(1).default('127.0.0.1:50052'),
  /** Where the offer's position and department are looked up (GetRequisition). */
  REQUISITION_GRPC_URL: z.string().min(1).default('127.0.0.1:50051'),
  COMPANY_NAME: z.string().trim().min(1).default('HR'),
  /**
   * JSON list of levels, e.g. [{"key":"hr_manager","role":"hr_manager"},{"key":"department_head","role":"dept_manager",
   * "sameDepartment":true},{"key":"general_manager","role":"general_manager","when":{"fact":"annualCash","above":500000}}].
   */
  OFFER_APPROVAL_LEVELS: unsetWhenEmpty(approvalLevelsFromJson(APPROVAL_FACTS)),
  /** With the default levels: the general manager approves only offers whose annual cash (CNY) is above this. */
  OFFER_GM_APPROVAL_ABOVE: unsetWhenEmpty(z.coerce.number().nonnegative()),
  OFFER_PDF_FONT: z.string().min(1).default('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
  /** The face inside a font collection (.ttc). */
  OFFER_PDF_FONT_FAMILY: z.string().min(1).default('WenQuanYiMicroHei'),
  /** Where candidates open their accept/decline links: the gateway's public address. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:8080'),
  /** Signs answer links; unset, a key derived from INTERNAL_TOKEN_SECRET for this use only. */
  OFFER_LINK_SECRET: unsetWhenEmpty(z.string().min(32, 'must be at least 32 characters')),
});

export type OfferConfig = z.infer<typeof offerConfigSchema>;

export function approvalLevels(config: OfferConfig) {
  return config.OFFER_APPROVAL_LEVELS ?? defaultApprovalLevels(config.OFFER_GM_APPROVAL_ABOVE);
}
