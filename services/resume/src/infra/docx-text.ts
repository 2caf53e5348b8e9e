import mammoth from 'mammoth';
import { UnreadableDocumentError } from './unreadable-document.error';

/** Paragraphs (table cells included) as lines; formatting is not needed to parse fields. */
export async function docxText(data: Buffer): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: data });
    return result.value;
  } catch (error) {
    throw new UnreadableDocumentError('corrupt', 'the DOCX file could not be read', 'docx', { cause: error });
  }
}
