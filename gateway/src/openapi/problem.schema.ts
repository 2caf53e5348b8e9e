import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string().describe('URI identifying the problem type'),
    title: z.string().describe('Short summary, in zh-CN or en by Accept-Language'),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path'),
    reason: z.string().describe('Machine-readable reason, e.g. VALIDATION_FAILED'),
    correlationId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), rule: z.string(), message: z.string() }))
      .optional()
      .describe("Field violations; when the detail was put in the caller's language, one entry with rule service_detail keeps the service's own message and specifics"),
  })
  .describe('RFC 9457 problem details');
