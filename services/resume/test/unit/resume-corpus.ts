import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ParsedResume } from '../../src/domain/resume';

/** The synthetic resumes in test/corpus: `<id>.txt` as uploaded, `<id>.json` with what a person reads in it. */
export interface CorpusCase {
  id: string;
  /** The upload's bytes (UTF-8, or GB18030 when the case says so). */
  data: Buffer;
  encoding?: 'gb18030';
  /** The text's lines, for building a PDF of the same resume. */
  lines: string[];
  /** Also run as a PDF laid out in columns (cells split at tabs and wide gaps). */
  pdf?: boolean;
  expected: ParsedResume;
}

interface CaseFile {
  note: string;
  encoding?: 'gb18030';
  pdf?: boolean;
  expected: Partial<ParsedResume>;
}

export const CORPUS_DIR = path.join(__dirname, '..', 'corpus');

export function loadCorpus(): CorpusCase[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.txt'.length);
      const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
      const meta = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, `${id}.json`), 'utf8')) as CaseFile;
      return {
        id,
        data: meta.encoding ? iconv.encode(text, meta.encoding) : Buffer.from(text, 'utf8'),
        lines: text.split('\n').filter((line) => line.trim().length > 0),
        encoding: meta.encoding,
        pdf: meta.pdf,
        expected: { education: [], workHistory: [], skills: [], languages: [], ...meta.expected },
      };
    });
}
