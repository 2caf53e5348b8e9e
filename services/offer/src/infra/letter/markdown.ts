import { Marked, Token } from 'marked';

const marked = new Marked({ gfm: true, breaks: true, async: false });

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

export function markdownTokens(markdown: string): Token[] {
  return marked.lexer(markdown);
}

const MARKDOWN_PUNCTUATION = /[\\`*_[\]{}()#+\-.!|~<>&]/g;
/** The same without what HTML escaping turns into entities (a backslash before `&lt;` would break it). */
const MARKDOWN_PUNCTUATION_BUT_HTML = /[\\`*_[\]{}()#+\-.!|~]/g;

/** Backslash-escapes what markdown would read as formatting or markup, so `A*B` or `<b>` prints as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** For markdown turned into HTML: markup characters become entities, the rest is escaped as above. */
export function escapeMarkdownForHtml(text: string): string {
  return escapeHtml(text.replace(MARKDOWN_PUNCTUATION_BUT_HTML, '\\$&'));
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Applies `escape` to every string in a variables tree (numbers and booleans pass as they are). */
export function mapStrings<T>(value: T, escape: (text: string) => string): T {
  if (typeof value === 'string') return escape(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, escape)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, escape)])) as T;
  }
  return value;
}
