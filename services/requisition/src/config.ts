import { z } from 'zod';
import { baseConfigSchema, eventingConfigSchema, grpcServerConfigSchema } from '@hr/platform';
import { ROLES } from '@hr/workflow';
import { DEFAULT_APPROVAL_LEVELS } from './domain/approval-config';

const approvalLevelSchema = z.object({
  key: z.string().min(1),
  role: z.enum(ROLES),
  sameDepartment: z.boolean().optional(),
  userIds: z.array(z.string()).optional(),
});

const levelsFromJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.array(approvalLevelSchema).min(1));

export const requisitionConfigSchema = baseConfigSchema.extend({
  ...grpcServerConfigSchema.shape,
  ...eventingConfigSchema.shape,
  GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(50051),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_requisition'),
  /** JSON list of levels, e.g. [{"key":"department_head","role":"dept_manager","sameDepartment":true}]. */
  REQUISITION_APPROVAL_LEVELS: levelsFromJson.optional(),
});

export type RequisitionConfig = z.infer<typeof requisitionConfigSchema>;

export function approvalLevels(config: RequisitionConfig) {
  return config.REQUISITION_APPROVAL_LEVELS ?? DEFAULT_APPROVAL_LEVELS;
}
