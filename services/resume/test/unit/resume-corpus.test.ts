import { extractFields } from '../../src/domain/resume-fields';
import type { ParsedResume } from '../../src/domain/resume';
import { extractText } from '../../src/infra/text-extraction';
import { buildColumnsPdf } from './document-builders';
import { type Field, emptyScores, precision, recall, scoreResume, scoreTable } from './field-scores';
import { type CorpusCase, loadCorpus } from './resume-corpus';
import { NOW } from './resume-fixtures';

/**
 * The least each field must reach on the corpus (measured: see the table this test prints with
 * RESUME_CORPUS_TABLE=1). Precision guards against wrong values, which HR trusts more than gaps.
 */
const MINIMUM: Record<Field, { precision: number; recall: number }> = {
  name: { precision: 0.95, recall: 0.95 },
  phone: { precision: 0.95, recall: 0.95 },
  email: { precision: 0.95, recall: 0.95 },
  gender: { precision: 0.95, recall: 0.9 },
  birthYear: { precision: 0.95, recall: 0.9 },
  city: { precision: 0.95, recall: 0.85 },
  yearsOfExperience: { precision: 0.9, recall: 0.9 },
  'education.school': { precision: 0.95, recall: 0.9 },
  'education.degree': { precision: 0.95, recall: 0.9 },
  'education.major': { precision: 0.9, recall: 0.9 },
  'education.years': { precision: 0.95, recall: 0.9 },
  'workHistory.employer': { precision: 0.95, recall: 0.9 },
  'workHistory.title': { precision: 0.9, recall: 0.9 },
  'workHistory.years': { precision: 0.95, recall: 0.9 },
  skills: { precision: 0.9, recall: 0.9 },
  languages: { precision: 0.9, recall: 0.9 },
};

const corpus = loadCorpus();

async function parseUpload(data: Buffer, mimeType: string, filename: string): Promise<ParsedResume> {
  const { text } = await extractText(data, mimeType, filename);
  return extractFields(text, { now: NOW });
}

function pdfOf(resume: CorpusCase): Promise<Buffer> {
  return buildColumnsPdf(resume.lines, { chinese: /\p{Script=Han}/u.test(resume.lines.join('')) });
}

describe('resume parsing on the corpus of synthetic resumes (test/corpus)', () => {
  const parsed = new Map<string, ParsedResume>();

  beforeAll(async () => {
    for (const resume of corpus) parsed.set(resume.id, await parseUpload(resume.data, 'text/plain', `${resume.id}.txt`));
  });

  it('holds at least 30 resumes, Chinese and English, one of them a GB18030 file and some PDFs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((r) => r.id.startsWith('zh-')).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((r) => r.id.startsWith('en-')).length).toBeGreaterThanOrEqual(15);
    expect(corpus.some((r) => r.encoding === 'gb18030')).toBe(true);
    expect(corpus.filter((r) => r.pdf).length).toBeGreaterThanOrEqual(2);
  });

  it('reaches the minimum precision and recall on every field', () => {
    const scores = emptyScores();
    for (const resume of corpus) scoreResume(scores, resume.expected, parsed.get(resume.id)!);
    if (process.env.RESUME_CORPUS_TABLE) process.stdout.write(`\n${scoreTable(scores, corpus.length)}\n`);
    const below = [...scores].flatMap(([field, count]) => {
      const least = MINIMUM[field as Field];
      const [p, r] = [precision(count), recall(count)];
      return p < least.precision || r < least.recall ? [`${field}: precision ${p.toFixed(2)}, recall ${r.toFixed(2)} (${JSON.stringify(count)})`] : [];
    });
    expect(below).toEqual([]);
  });

  it.each(corpus.filter((r) => r.pdf).map((r) => [r.id, r] as const))('reads %s from a PDF as from its .txt', async (_id, resume) => {
    const fromPdf = await parseUpload(await pdfOf(resume), 'application/pdf', `${resume.id}.pdf`);
    expect(fromPdf).toMatchObject({
      name: resume.expected.name,
      education: resume.expected.education,
      workHistory: resume.expected.workHistory.map((entry) => expect.objectContaining(entry)),
      yearsOfExperience: resume.expected.yearsOfExperience,
      skills: resume.expected.skills,
    });
  });
});
