import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

export const MAX_TERM_LENGTH = 40;

const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+[+#]*)/gu;
const STOP_WORDS = new Set([
  ...'的 了 和 与 及 或 在 是 我 你 他 她 它 们 等 对 也 就 都 而 着 被 把 让 从 到 为 以 于 之 其 这 那 有 个 并'.split(' '),
  ...'及其 以及 并且 或者 一个 我们 他们 进行 能够 可以 通过 对于 等等 其中 一些'.split(' '),
  ...'a an and the of in on at to for with by from as is are was were be been being or i my me it its'.split(' '),
  ...'this that these those our we you your he she his her they their them not no but so if then than into via per etc'.split(' '),
]);

let segmenter: Jieba | undefined;
/** Loading the dictionary takes a few hundred milliseconds: once per process, on first use. */
function jieba(): Jieba {
  segmenter ??= Jieba.withDict(dict);
  return segmenter;
}

interface Run {
  han: boolean;
  text: string;
}

function runs(text: string): Run[] {
  const folded = text.normalize('NFKC').toLowerCase();
  return [...folded.matchAll(RUNS)].map((m) => ({ han: m[1] !== undefined, text: m[0] }));
}

function keep(term: string): string | undefined {
  const clipped = term.slice(0, MAX_TERM_LENGTH);
  return clipped && !STOP_WORDS.has(clipped) ? clipped : undefined;
}

function unique(terms: (string | undefined)[]): string[] {
  return [...new Set(terms.filter((t): t is string => t !== undefined))];
}

/**
 * Index terms: Chinese in jieba's search mode, which emits a compound and its parts
 * (复旦大学 → 复旦, 大学, 复旦大学); Latin words and numbers lowercased; stop words dropped.
 */
export function tokenize(text: string): string[] {
  const all = runs(text);
  // One native call for all Han runs; newlines keep them apart so each is cut as in a query.
  const hanText = all.filter((r) => r.han).map((r) => r.text).join('\n');
  const hanTerms = hanText ? jieba().cutForSearch(hanText, true).filter((t) => /\p{Script=Han}/u.test(t)) : [];
  return unique([...all.filter((r) => !r.han).map((r) => keep(r.text)), ...hanTerms.map(keep)]);
}

/**
 * Terms to require all of (AND). A Chinese query keeps only its finest parts (复旦大学 → 复旦, 大学):
 * documents always hold the parts, while whether they hold the compound depends on the text around
 * it (上海交通大学 is cut into 上海, 交通, 大学 and itself, never 交通大学). A word that jieba binds
 * with its neighbours in a document (张伟明) does not match a query for a shorter one (张伟).
 */
export function queryTokens(query: string): string[] {
  return unique(
    runs(query).flatMap((run) => (run.han ? finestParts(jieba().cutForSearch(run.text, true)) : [run.text])).map(keep),
  );
}

/** Drops a term whose every character is covered by shorter terms cut from it. */
function finestParts(terms: string[]): string[] {
  return terms.filter((term) => {
    const covered = new Array<boolean>(term.length).fill(false);
    for (const part of terms) {
      if (part.length >= term.length) continue;
      for (let at = term.indexOf(part); at >= 0; at = term.indexOf(part, at + 1)) covered.fill(true, at, at + part.length);
    }
    return !covered.every(Boolean);
  });
}
