import { z } from 'zod';
import { booleanQuery, objectIdSchema, pageQueryShape, timestamp, nameText, trimmed } from './common.schemas';

const positionFields = {
  title: nameText(120),
  departmentId: objectIdSchema,
  level: z.string().trim().max(50).default(''),
  description: z.string().trim().max(5000).default(''),
  defaultRequirements: z.array(trimmed(500)).max(50).default([]),
  active: z.boolean().optional(),
};

export const createPositionBody = z.strictObject(positionFields);

export const patchPositionBody = z
  .strictObject({
    title: positionFields.title,
    departmentId: objectIdSchema,
    level: z.string().trim().max(50),
    description: z.string().trim().max(5000),
    defaultRequirements: z.array(trimmed(500)).max(50),
    active: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { params: { rule: 'non_empty' } });

export const listPositionsQuery = z.object({
  departmentId: objectIdSchema.optional(),
  active: booleanQuery.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Matches the title'),
  ...pageQueryShape,
});

export const positionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    departmentId: z.string(),
    level: z.string().optional(),
    description: z.string().optional(),
    defaultRequirements: z.array(z.string()),
    active: z.boolean(),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
  })
  .meta({ id: 'Position' });
