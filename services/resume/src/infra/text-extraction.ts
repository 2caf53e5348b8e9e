import { detectKind } from './document-kind';
import type { DocumentKind } from './document-kind';
import { docxText } from './docx-text';
import { pdfText } from './pdf-text';
import type { PdfTextOptions } from './pdf-text';
import { decodeText } from './plain-text';

export { UnreadableDocumentError } from './unreadable-document.error';
export type { DocumentKind } from './document-kind';

export interface ExtractedText {
  kind: DocumentKind;
  text: string;
}

/**
 * The text of an uploaded resume, by what its bytes are (a DOCX named .pdf still reads as DOCX).
 * Images are stored as attachments only, so their text is empty. A scanned PDF gives empty text.
 * Throws UnreadableDocumentError for corrupt, encrypted or unsupported files.
 */
export async function extractText(data: Buffer, mimeType: string, filename: string, options: PdfTextOptions = {}): Promise<ExtractedText> {
  const kind = detectKind(data, mimeType, filename);
  if (kind === 'image') return { kind, text: '' };
  const raw = kind === 'pdf' ? await pdfText(data, options) : kind === 'docx' ? await docxText(data) : decodeText(data);
  return { kind, text: tidy(raw) };
}

/** Control characters out, line ends unified, runs of blank lines shortened. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
