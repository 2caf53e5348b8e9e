import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@hr/platform';
import { canonicalTimeZone } from './i18n/time-zone';

const DURATION = /^(\d+)\s*(ms|s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses "900", "900s", "15m", "14d" into whole seconds. */
export function parseDurationSeconds(value: string): number | undefined {
  const match = DURATION.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] ?? 's';
  return unit === 'ms' ? Math.ceil(amount / 1000) : amount * UNIT_SECONDS[unit];
}

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const seconds = parseDurationSeconds(value);
      if (!seconds) {
        ctx.addIssue({ code: 'custom', message: 'must be a positive duration such as 900s, 15m or 14d' });
        return z.NEVER;
      }
      return seconds;
    });

const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const optionalNonEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const gatewayConfigSchema = baseConfigSchema.omit({ AMQP_URL: true, AMQP_EXCHANGE: true }).extend({
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  GATEWAY_BIND_ADDRESS: z.string().default('0.0.0.0'),
  // Interviews are invited in this zone unless HR names another.
  COMPANY_TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((zone) => canonicalTimeZone(zone) !== undefined, 'must be an IANA time zone such as Asia/Shanghai')
    .transform((zone) => canonicalTimeZone(zone)!),
  MONGO_DB: baseConfigSchema.shape.MONGO_DB.default('hr_gateway'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL: duration('900s'),
  REFRESH_TOKEN_TTL: duration('14d'),
  REQUISITION_GRPC_URL: z.string().min(1).default('127.0.0.1:50051'),
  RESUME_GRPC_URL: z.string().min(1).default('127.0.0.1:50052'),
  INTERVIEW_GRPC_URL: z.string().min(1).default('127.0.0.1:50053'),
  NOTIFICATION_GRPC_URL: z.string().min(1).default('127.0.0.1:50054'),
  OFFER_GRPC_URL: z.string().min(1).default('127.0.0.1:50055'),
  GRPC_DEADLINE_MS: z.coerce.number().int().min(100).default(5000),
  // Uploads and ingestion carry files and are parsed by the service before it answers.
  RESUME_UPLOAD_DEADLINE_MS: z.coerce.number().int().min(1000).default(30_000),
  RESUME_MAX_FILE_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(10 * 1024 * 1024),
  OPEN_API_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  CORS_ORIGINS: commaList,
  ADMIN_EMAIL: optionalNonEmpty(z.email().transform((email) => email.toLowerCase())),
  ADMIN_PASSWORD: optionalNonEmpty(z.string().min(10, 'must be at least 10 characters')),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  AUTH_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  // The candidates' confirm / decline links: no account, so throttled per client IP.
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  JSON_BODY_LIMIT: z.string().default('256kb'),
  // Number of proxy hops to trust for the client IP (rate limits, logs); 0 when exposed directly.
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, env);
}
