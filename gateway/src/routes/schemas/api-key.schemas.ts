import { z } from 'zod';
import { API_SCOPES } from '../../auth/api-key-format';
import { pageQueryShape, timestamp, nameText, trimmed } from './common.schemas';

export const SOURCE_SLUG = /^[a-z][a-z0-9_-]{1,31}$/;

export const createApiKeyBody = z.strictObject({
  name: nameText(100).describe('Who uses the key, e.g. 智联招聘'),
  source: z
    .string()
    .regex(SOURCE_SLUG, 'source_slug')
    .describe('Recorded as the resume source, e.g. zhaopin; external ids are unique per source, so a replacement key keeps it'),
  scopes: z
    .array(z.enum(API_SCOPES))
    .min(1)
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.iso.datetime({ offset: true }).optional().describe('When the key stops working (none: until revoked)'),
});

export const apiKeyListQuery = z.object({
  status: z.enum(['active', 'revoked', 'expired']).optional(),
  source: z.string().regex(SOURCE_SLUG, 'source_slug').optional(),
  ...pageQueryShape,
});

export const apiKeySchema = z
  .object({
    id: z.string(),
    prefix: z.string().describe('hrk_<id>: the public part of the key, to recognise it'),
    name: z.string(),
    source: z.string(),
    scopes: z.array(z.enum(API_SCOPES)),
    status: z.enum(['active', 'revoked', 'expired']),
    createdBy: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
    expiresAt: timestamp.optional(),
    lastUsedAt: timestamp.optional(),
    revokedAt: timestamp.optional(),
    revokedBy: z.string().optional(),
  })
  .meta({ id: 'ApiKey' });

export const createdApiKeySchema = apiKeySchema
  .extend({
    key: z.string().describe('The key, hrk_<id>_<secret>: shown only in this answer, never again. Send it as X-API-Key.'),
  })
  .meta({ id: 'CreatedApiKey' });
