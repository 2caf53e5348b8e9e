import path from 'node:path';
import { UnreadableDocumentError } from './unreadable-document.error';

export type DocumentKind = 'pdf' | 'docx' | 'text' | 'image';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.csv']);
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp']);

function startsWith(data: Buffer, bytes: number[], offset = 0): boolean {
  return bytes.every((byte, i) => data[offset + i] === byte);
}

/** What the bytes say, whatever the name or the declared type claim. */
function kindFromMagic(data: Buffer): DocumentKind | 'zip' | 'ole' | undefined {
  // Some producers put junk before the header; PDF readers accept it within the first KiB.
  if (data.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return data.includes('word/document.xml') ? 'docx' : 'zip';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(data, [0xff, 0xd8, 0xff]) || startsWith(data, [0x89, 0x50, 0x4e, 0x47]) || startsWith(data, [0x47, 0x49, 0x46, 0x38])) {
    return 'image';
  }
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image';
  return undefined;
}

function declaredKind(mimeType: string, filename: string): DocumentKind | undefined {
  const mime = mimeType.toLowerCase();
  const ext = path.extname(filename).toLowerCase();
  if (mime.includes('pdf') || ext === '.pdf') return 'pdf';
  if (mime.includes('wordprocessingml') || ext === '.docx') return 'docx';
  if (mime.startsWith('image/') || IMAGE_EXTENSIONS.has(ext)) return 'image';
  if (mime.startsWith('text/') || TEXT_EXTENSIONS.has(ext)) return 'text';
  return undefined;
}

/** UTF-16 text has NUL bytes but starts with a byte-order mark; binary data has NULs and no mark. */
function looksLikeText(data: Buffer): boolean {
  if (startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff])) return true;
  return !data.subarray(0, 8192).includes(0);
}

export function detectKind(data: Buffer, mimeType: string, filename: string): DocumentKind {
  const magic = kindFromMagic(data);
  const declared = declaredKind(mimeType, filename);
  if (magic === 'ole') throw new UnreadableDocumentError('unsupported', 'legacy Word (.doc/.wps) files are not supported: save as DOCX or PDF');
  if (magic === 'zip') throw new UnreadableDocumentError('unsupported', 'this ZIP archive is not a Word (DOCX) document', declared);
  if (magic) return magic;
  if (declared && declared !== 'text') {
    throw new UnreadableDocumentError('corrupt', `the file is named or declared ${declared} but its content is not`, declared);
  }
  if (data.length === 0 || looksLikeText(data)) return 'text';
  throw new UnreadableDocumentError('unsupported', `unsupported file type (${mimeType || 'unknown'})`);
}
