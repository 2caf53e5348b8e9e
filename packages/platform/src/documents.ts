/** Helpers every repository needs between domain objects, stored documents and pages. */

/** Drops undefined fields: the driver would store them as null and they would read back as null. */
export function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** A caller's page, made safe: 1-based, 1 to 100 items (20 when not given). */
export function pageRequest(page: { page?: number; pageSize?: number } | undefined): PageRequest {
  const pageSize = Math.min(Math.max(Math.trunc(page?.pageSize ?? 0) || 20, 1), 100);
  return { page: Math.max(Math.trunc(page?.page ?? 0) || 1, 1), pageSize };
}

/** Where a page starts and how many it holds, for skip/limit. */
export function pageWindow(page: PageRequest): { skip: number; limit: number } {
  const { page: number, pageSize } = pageRequest(page);
  return { skip: (number - 1) * pageSize, limit: pageSize };
}
