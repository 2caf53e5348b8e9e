import { isDeepStrictEqual } from 'node:util';
import { withoutUndefined } from './documents';

/*
 * Query shapes. On the embedded database (FerretDB with infra/ferretdb's patch) only top-level equality
 * and `$in` are answered from indexes; `$and`/`$or`, ranges and dotted keys are checked row by row on
 * whatever the top-level keys selected, and a sort with a limit is pushed down only when the whole
 * filter is top-level equality/`$in`. These helpers keep filters in that shape.
 */

/** One value as plain equality, several as `$in`: both are pushed down, the first without an OR. */
export function oneOf<T>(values: readonly T[]): T | { $in: T[] } {
  return values.length === 1 ? values[0]! : { $in: [...values] };
}

/** Like oneOf, and no condition at all (undefined, dropped by withoutUndefined) for no values. */
export function oneOfIfAny<T>(values: readonly T[] | undefined): T | { $in: T[] } | undefined {
  return values?.length ? oneOf(values) : undefined;
}

/**
 * Adds `field: condition` to a flat filter. A field already constrained the same way is left alone; a
 * second, different condition on it goes into `$and`, checked on the rows the top-level keys select.
 */
export function addCondition(query: Record<string, unknown>, field: string, condition: unknown): void {
  if (!(field in query)) query[field] = condition;
  else if (!isDeepStrictEqual(query[field], condition)) query.$and = [...((query.$and as unknown[]) ?? []), { [field]: condition }];
}

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant (`YYYY-MM-DD`), stored beside it so that a time range becomes an indexed `$in`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The UTC days an interval [from, to) touches, or undefined when there are more than `max` (a longer
 * `$in` is not pushed down). The exact range stays in the query: the days only narrow what is read.
 */
export function utcDaysBetween(from: Date, to: Date, max = 100): string[] | undefined {
  const first = Math.floor(from.getTime() / DAY_MS);
  const last = Math.floor((to.getTime() - 1) / DAY_MS);
  if (last - first + 1 > max) return undefined;
  return Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => utcDay(new Date((first + i) * DAY_MS)));
}

/**
 * Adds the window [from, to) on the time `field` to a flat filter. The exact bounds stay, checked on the
 * rows read; with both bounds, the UTC days they span (stored in `dayField`, see `utcDay`) select those
 * rows from an index. An open window, or one of more than 100 days, narrows nothing by itself.
 */
export function addTimeWindow(query: Record<string, unknown>, field: string, dayField: string, from?: Date, to?: Date): void {
  if (!from && !to) return;
  addCondition(query, field, withoutUndefined({ $gte: from, $lt: to }));
  const days = from && to ? utcDaysBetween(from, to) : undefined;
  if (days) query[dayField] = oneOf(days);
}

/**
 * Keys of a denormalised `audience` array: the document's department and the people on it, so that
 * "my department's or my own" is one indexed `$in` rather than an `$or`, which is never pushed down.
 */
export function audienceKeys(departmentId: string | undefined, userIds: readonly string[]): string[] {
  const keys = [...(departmentId ? [`department:${departmentId}`] : []), ...userIds.map((id) => `user:${id}`)];
  return [...new Set(keys)];
}

/** The `audience` condition of a reader who sees their own documents and, with a department, its documents. */
export function audienceOf(reader: { userId: string; departmentId?: string }): string | { $in: string[] } {
  return oneOf(audienceKeys(reader.departmentId, [reader.userId]));
}

/**
 * "Awaiting my approval" on an approval-chain aggregate: pending documents whose current level is one of
 * the approver's roles, for their department or for any. The dotted keys are checked on the pending
 * documents the status selects; the approval rule itself decides after.
 */
export function addAwaitingApprover(query: Record<string, unknown>, approver: { roles: readonly string[]; departmentId?: string }): void {
  addCondition(query, 'status', 'pending_approval');
  query['awaiting.role'] = { $in: [...approver.roles] };
  query['awaiting.departmentId'] = { $in: ['', approver.departmentId ?? ''] };
}
