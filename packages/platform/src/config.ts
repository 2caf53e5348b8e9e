import { z } from 'zod';
import { ROLES } from '@hr/workflow';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Settings every process shares; each service extends this with its own. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URL'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
  MONGO_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// URL'),
  AMQP_EXCHANGE: z.string().min(1).default('hr.events'),
  INTERNAL_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters'),
  COMPANY_TIMEZONE: z.string().default('Asia/Shanghai'),
});

export const grpcServerConfigSchema = z.object({
  GRPC_PORT: z.coerce.number().int().min(0).max(65535),
  GRPC_BIND_ADDRESS: z.string().default('127.0.0.1'),
});

/** How a service consumes and publishes events (queue naming, retries, outbox sweep). */
export const eventingConfigSchema = z.object({
  /** Retries of the first broker connection before start-up fails (200 ms apart, growing to 5 s: 30 ≈ 2 minutes). */
  AMQP_CONNECT_RETRIES: z.coerce.number().int().min(0).default(30),
  AMQP_QUEUE_PREFIX: z.string().default(''),
  EVENT_PREFETCH: z.coerce.number().int().positive().default(20),
  OUTBOX_SWEEP_MS: z.coerce.number().int().positive().default(2000),
  EVENT_RETRY_DELAYS_MS: z
    .string()
    .default('1000,10000,60000')
    .transform((text) => text.split(',').map(Number))
    .pipe(z.array(z.number().int().positive()).min(1)),
});

/** An empty variable counts as unset (compose files and shells often export `X=`). */
export function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/**
 * A JSON list of approval levels (@hr/workflow's ApprovalLevel), e.g.
 * `[{"key":"department_head","role":"dept_manager","sameDepartment":true}]`. With `facts`, a level may be
 * conditional: `"when":{"fact":"annualCash","above":500000}`.
 */
export function approvalLevelsFromJson(facts?: readonly [string, ...string[]]) {
  const level = z.object({
    key: z.string().min(1),
    role: z.enum(ROLES),
    sameDepartment: z.boolean().optional(),
    userIds: z.array(z.string()).optional(),
    // Without facts nothing can be compared: a `when` is dropped, as an unknown key is.
    when: (facts ? z.object({ fact: z.enum(facts), above: z.number().nonnegative() }) : z.unknown().transform(() => undefined)).optional(),
  });
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.array(level).min(1));
}

/** Reads and validates the environment; a bad value stops start-up with the variable's name. */
export function loadConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
