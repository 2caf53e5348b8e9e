import { z } from 'zod';
import { LABEL_TEXT, NAME_TEXT } from '@hr/workflow';

/** Ids of the gateway's own documents (users, departments). */
export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, 'object_id').describe('Object id');

/** Ids issued by a backend service: opaque, but bounded and free of operators. */
export const serviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'service_id');

export const idParams = z.object({ id: objectIdSchema });
export const serviceIdParams = z.object({ id: serviceIdSchema });

export const MAX_PAGE_SIZE = 100;

/** The largest proto int32: every integer the services take is one, so no schema may allow more. */
export const INT32_MAX = 2_147_483_647;

/** A version number as read before a change (proto int32); 0 where the route reads it as "the current one". */
export function versionNumber(min: 0 | 1) {
  return z.number().int().min(min).max(INT32_MAX);
}

export const pageQueryShape = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).describe(`Items per page (≤ ${MAX_PAGE_SIZE})`),
};

/** A comma-separated query value (`a,b,c`) as a list of items, each validated. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));
}

export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .describe('true or false');

export const pageInfoSchema = z
  .object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: 'PageInfo' });

export const listEnvelope = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: pageInfoSchema });

export const timestamp = z.iso.datetime().describe('ISO 8601 date-time (UTC)');

export function trimmed(max: number) {
  return z.string().trim().min(1).max(max);
}

/** A human-readable name or title: the shared text rule (no control, format or separator characters). */
export function nameText(max: number) {
  return trimmed(max).regex(NAME_TEXT, 'name_text');
}

/** The same, optional and allowed empty (a profile field one may clear). */
export function optionalNameText(max: number) {
  return z.string().trim().max(max).regex(NAME_TEXT, 'name_text');
}

/** A tag or category: a name that is also listed comma-separated. */
export function labelText(max: number) {
  return trimmed(max).regex(LABEL_TEXT, 'label_text');
}
