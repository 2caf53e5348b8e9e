import { findDateRange } from './date-ranges';

/**
 * Cells of a resume line: "2013.09-2017.06 复旦大学 | 本科", "Google LLC — Engineer, 2018".
 * Spaces split only next to Han text, so "Computer Science" and "Spring Boot" stay whole.
 */
const SPLIT = /\s*[|｜丨,，;；:\t]\s*|\s+[-–—]+\s+|\s*——\s*|\s{2,}|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u;
/** "Co., Ltd." is one suffix, not two cells. */
const SUFFIX_COMMA = /,\s*(?=(?:ltd|inc|llc|limited)\b)/gi;
const EDGE_NOISE = /^[\s\-–—•·*:()[\]]+|[\s\-–—•·*:([]+$/g;

export function lineTokens(line: string): string[] {
  return line
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(SUFFIX_COMMA, ' ')
    .split(SPLIT)
    .map((token) => token.replace(EDGE_NOISE, '').trim())
    .filter((token) => token.length > 0);
}

/** "2021-至今 某公司 主管；2014-2020 某厂 工程师": entries written on one line, each with its own dates. */
export function splitEntries(line: string): string[] {
  const parts = line.split(/\s*[;；]\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => findDateRange(part)?.start) ? parts : [line];
}

/** Cuts `length` characters at `index` out of a line, leaving a space so neighbours stay apart. */
export function cut(line: string, index: number, length: number): string {
  return `${line.slice(0, index)} ${line.slice(index + length)}`;
}

/** A detail line (bullet, numbered point, sentence) rather than the title line of an entry. */
export function isDetailLine(line: string): boolean {
  return /^(?:[-•·*●▪◦]|\d+[.、)]\s*\S)/.test(line) || /[。；]|[,，].*[,，].*[,，]/.test(line);
}
