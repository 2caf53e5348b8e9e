import { z } from 'zod';
import { baseConfigSchema, deriveSecret, eventingConfigSchema, grpcServerConfigSchema, jobsConfigSchema } from '@hr/platform';
import type { Round } from './domain/interview';
import { parseReminderOffsets } from './domain/reminders';
import { DEFAULT_ROUND_ORDER, validateRoundOrder } from './domain/round-result';
import { parseMailbox } from './infra/mailbox';

/** A domain parser as a zod transform, so a bad value stops start-up naming the variable. */
function parsedBy<T>(parse: (text: string) => T) {
  return (text: string, ctx: z.RefinementCtx): T => {
    try {
      return parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  };
}

const roundOrder = (text: string): Round[] => validateRoundOrder(text.split(',').map((r) => r.trim()).filter(Boolean) as Round[]);

export const interviewConfigSchema = baseConfigSchema.extend({
  ...grpcServerConfigSchema.shape,
  ...eventingConfigSchema.shape,
  ...jobsConfigSchema.shape,
  GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(50053),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_interview'),
  RESUME_GRPC_URL: z.string().min(1).default('127.0.0.1:50052'),
  REQUISITION_GRPC_URL: z.string().min(1).default('127.0.0.1:50051'),
  /** Where the gateway serves `/public/v1/interview-responses/<token>` to candidates. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:8080').transform((url) => url.replace(/\/+$/, '')),
  /** Signs the candidates' confirm/decline links; derived from INTERNAL_TOKEN_SECRET when not set. */
  INTERVIEW_LINK_SECRET: z.string().refine((s) => Buffer.byteLength(s) >= 32, 'must be at least 32 bytes').optional(),
  /** The right-hand side of every invitation UID: never change it once invitations have gone out. */
  INVITATION_UID_DOMAIN: z.string().regex(/^[A-Za-z0-9.-]+$/, 'a host name').default('hr.localhost'),
  /** The ORGANIZER of the invitations, e.g. `"ACME 招聘" <hr@acme.com>`. */
  INVITATION_ORGANIZER: z.string().default('"招聘团队 Recruiting" <recruiting@hr.localhost>').transform(parsedBy(parseMailbox)),
  /** Reminders before each interview, e.g. `24h,1h` or `2d,30m`. */
  INTERVIEW_REMINDERS: z.string().default('24h,1h').transform(parsedBy(parseReminderOffsets)),
  /** The rounds in order, e.g. `first,second,final,hr`; a pass in the last one leads to the offer. */
  INTERVIEW_ROUND_ORDER: z.string().transform(parsedBy(roundOrder)).optional(),
});

export type InterviewConfig = z.infer<typeof interviewConfigSchema>;

/** A fixed label keeps the derived key apart from every other use of the internal secret. */
const LINK_SECRET_LABEL = 'hr.interview.response-link-secret.v1';

export function responseLinkSecret(config: InterviewConfig): string {
  return config.INTERVIEW_LINK_SECRET ?? deriveSecret(config.INTERNAL_TOKEN_SECRET, LINK_SECRET_LABEL);
}

export function roundOrderOf(config: InterviewConfig): readonly Round[] {
  return config.INTERVIEW_ROUND_ORDER ?? DEFAULT_ROUND_ORDER;
}
