import { z } from 'zod';
import { ROLES } from '@hr/workflow';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-hasher';
import { LOCALES } from '../../i18n/messages';
import { booleanQuery, objectIdSchema, pageQueryShape, timestamp, nameText, trimmed } from './common.schemas';
import { normalizeCnPhone } from './phone';

export const roleSchema = z.enum(ROLES);
export const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .transform((roles) => [...new Set(roles)]);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

// Any script is fine (张伟, Zoë, O'Brien): only length and no control characters.
export const personNameSchema = nameText(100);

export const phoneSchema = z
  .string()
  .max(32)
  .transform((raw, ctx) => {
    const phone = normalizeCnPhone(raw);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'mainland_mobile', params: { rule: 'phone' } });
      return z.NEVER;
    }
    return phone;
  })
  .describe('Mainland China number, e.g. 13812345678, +86 138 1234 5678, 010-12345678; stored as E.164');

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
export const localeSchema = z.enum(LOCALES);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: z.string().optional(),
    roles: z.array(roleSchema),
    departmentId: z.string().optional(),
    active: z.boolean(),
    locale: localeSchema,
    lastLoginAt: timestamp.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'User' });

export const userSummarySchema = z
  .object({ id: z.string(), name: z.string(), roles: z.array(roleSchema) })
  .meta({ id: 'UserSummary' });

export const createUserBody = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  phone: phoneSchema.optional(),
  roles: rolesSchema,
  departmentId: objectIdSchema.optional(),
  locale: localeSchema.default('zh-CN'),
  password: passwordSchema,
});

export const patchUserBody = z
  .strictObject({
    name: personNameSchema.optional(),
    phone: phoneSchema.nullable().optional(),
    roles: rolesSchema.optional(),
    departmentId: objectIdSchema.nullable().optional(),
    active: z.boolean().optional(),
    locale: localeSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { params: { rule: 'non_empty' } });

export const resetPasswordBody = z.strictObject({ password: passwordSchema });

export const userListQuery = z.object({
  role: roleSchema.optional(),
  departmentId: objectIdSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Matches name or email'),
  active: booleanQuery.optional(),
  ...pageQueryShape,
});

export const directoryQuery = z.object({
  role: roleSchema.optional(),
  departmentId: objectIdSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Matches name or email'),
  ...pageQueryShape,
});

export const departmentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    code: z.string(),
    parentId: z.string().optional(),
    managerUserId: z.string().optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Department' });

const departmentCode = z.string().trim().regex(/^[A-Za-z0-9_-]{1,32}$/, 'department_code');

export const createDepartmentBody = z.strictObject({
  name: nameText(100),
  code: departmentCode,
  parentId: objectIdSchema.optional(),
  managerUserId: objectIdSchema.optional(),
});

export const patchDepartmentBody = z
  .strictObject({
    name: nameText(100).optional(),
    code: departmentCode.optional(),
    parentId: objectIdSchema.nullable().optional(),
    managerUserId: objectIdSchema.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { params: { rule: 'non_empty' } });

export const departmentListQuery = z.object({
  parentId: objectIdSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Matches name or code'),
  ...pageQueryShape,
});
