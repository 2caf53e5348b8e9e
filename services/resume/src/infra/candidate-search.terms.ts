import type { CandidateSearchDocument, CandidateSearchQuery } from '../app/ports';
import { queryTokens, tokenize } from './search-tokenizer';

/** Relevance of a keyword by the best field it occurs in: name, skills and tags, employers and schools, resume text. */
export const TERM_WEIGHTS = [8, 4, 2, 1] as const;

export type TermClasses = [name: string[], skills: string[], organisations: string[], text: string[]];

/** The document's terms by field class, each term only in the best class it occurs in. */
export function termClasses(doc: CandidateSearchDocument): TermClasses {
  const { text } = doc;
  const sources = [[text.name], [...text.skills, ...text.tags], [...text.employers, ...text.schools], [text.resumeText]];
  const seen = new Set<string>();
  return sources.map((parts) =>
    // Terms are stored space-separated by the memory engine, so none may hold whitespace.
    tokenize(parts.join('\n'))
      .map((term) => term.replace(/\s+/g, ''))
      .filter((term) => term && !seen.has(term) && Boolean(seen.add(term))),
  ) as TermClasses;
}

/** Terms a match must hold all of; none when the keywords are only stop words or punctuation. */
export function searchTokens(keywords: string | undefined): string[] {
  return keywords?.trim() ? queryTokens(keywords).map((term) => term.replace(/\s+/g, '')).filter(Boolean) : [];
}

/** Cities are typed by people: compare them folded, so "Shanghai" finds "shanghai". */
export function cityKey(city: string | undefined): string | undefined {
  const folded = city?.normalize('NFKC').trim().toLowerCase();
  return folded || undefined;
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

