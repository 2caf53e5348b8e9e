import { Types } from 'mongoose';

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface PageResult<T> {
  items: T[];
  total: number;
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}

/** 24-hex ids only: anything else can never match, and must not reach a cast. */
export function toObjectId(id: string | null | undefined): Types.ObjectId | undefined {
  return id && /^[a-f0-9]{24}$/i.test(id) ? new Types.ObjectId(id) : undefined;
}

/** Escapes user text for use inside a $regex, so a search never becomes a pattern. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function skipFor(page: PageRequest): number {
  return (page.page - 1) * page.pageSize;
}
