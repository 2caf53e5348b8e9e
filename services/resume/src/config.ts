import { z } from 'zod';
import { baseConfigSchema, eventingConfigSchema, grpcServerConfigSchema } from '@hr/platform';

export const resumeConfigSchema = baseConfigSchema.extend({
  ...grpcServerConfigSchema.shape,
  ...eventingConfigSchema.shape,
  GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(50052),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_resume'),
  REQUISITION_GRPC_URL: z.string().min(1).default('127.0.0.1:50051'),
  /** Largest resume file accepted over gRPC (the gateway enforces its own, smaller limit first). */
  GRPC_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
});

export type ResumeConfig = z.infer<typeof resumeConfigSchema>;
