import { z } from 'zod';
import { approvalLevelsFromJson, baseConfigSchema, eventingConfigSchema, grpcServerConfigSchema } from '@hr/platform';
import { DEFAULT_APPROVAL_LEVELS } from './domain/approval-config';

export const requisitionConfigSchema = baseConfigSchema.extend({
  ...grpcServerConfigSchema.shape,
  ...eventingConfigSchema.shape,
  GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(50051),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_requisition'),
  /** JSON list of levels, e.g. [{"key":"department_head","role":"dept_manager","sameDepartment":true}]. */
  REQUISITION_APPROVAL_LEVELS: approvalLevelsFromJson().optional(),
});

export type RequisitionConfig = z.infer<typeof requisitionConfigSchema>;

export function approvalLevels(config: RequisitionConfig) {
  return config.REQUISITION_APPROVAL_LEVELS ?? DEFAULT_APPROVAL_LEVELS;
}
