import { foldWidth } from './text-normalization';

const HAN = /\p{Script=Han}/u;
/** Legal-form and group words that differ between how people write one employer. */
const ORGANIZATION_SUFFIXES =
  /股份有限公司|有限责任公司|有限公司|股份公司|分公司|总公司|公司|集团|股份|\b(?:co\.?,?\s*ltd|co|ltd|limited|inc|incorporated|llc|corp|corporation|company|group|holdings?|gmbh|plc)\b\.?/gi;

/** "  ZHANG  Wei " → "zhang wei"; "张 伟" → "张伟"; accents dropped (José = Jose). */
export function normalizeName(name: string | undefined): string {
  if (!name) return '';
  const folded = foldWidth(name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (HAN.test(folded)) return folded.replace(/[\s·.•・]/g, '');
  return folded.replace(/[^\p{L}\s'-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function isLatinName(normalized: string): boolean {
  return normalized.length > 0 && !HAN.test(normalized);
}

/** The same key for "Wei Zhang" and "Zhang Wei": given/family order varies in Latin spellings. */
export function nameKey(name: string | undefined): string | undefined {
  const normalized = normalizeName(name);
  if (!normalized) return undefined;
  return isLatinName(normalized) ? normalized.split(' ').sort().join(' ') : normalized;
}

/** "阿里巴巴（中国）有限公司" and "阿里巴巴集团" → 阿里巴巴; "Google LLC" and "google" → google. */
export function normalizeOrganization(name: string): string {
  return foldWidth(name)
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(ORGANIZATION_SUFFIXES, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
