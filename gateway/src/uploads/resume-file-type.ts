export type ResumeFileKind = 'pdf' | 'docx' | 'doc' | 'text' | 'image';

interface FileTypeRule {
  kind: ResumeFileKind;
  mimeType: string;
  /** Declared types that may name this content. */
  declared: string[];
  extensions: string[];
  matches(data: Buffer): boolean;
}

const startsWith = (data: Buffer, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((byte, i) => data[offset + i] === byte);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

const ZIP = ascii('PK\u0003\u0004');
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A zip is a DOCX when its directory names the WordprocessingML parts (entry names are stored uncompressed). */
function isDocx(data: Buffer): boolean {
  return startsWith(data, ZIP) && data.includes('[Content_Types].xml', 0, 'latin1') && data.includes('word/document.xml', 0, 'latin1');
}

/** Plain text: no NUL bytes (unless UTF-16 with a byte-order mark) and hardly any control characters. */
function isText(data: Buffer): boolean {
  if (startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff])) return data.length % 2 === 0;
  if (data.includes(0)) return false;
  const sample = data.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)) control += 1;
  return control <= sample.length / 100;
}

// Order matters: binary signatures first, text (the absence of one) last.
const RULES: FileTypeRule[] = [
  {
    kind: 'pdf',
    mimeType: 'application/pdf',
    declared: ['application/pdf', 'application/x-pdf'],
    extensions: ['.pdf'],
    // Readers accept a header within the first 1024 bytes.
    matches: (data) => data.subarray(0, 1024).includes('%PDF-', 0, 'latin1'),
  },
  {
    kind: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    declared: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    extensions: ['.docx'],
    matches: isDocx,
  },
  { kind: 'doc', mimeType: 'application/msword', declared: ['application/msword'], extensions: ['.doc'], matches: (d) => startsWith(d, OLE2) },
  {
    kind: 'image',
    mimeType: 'image/jpeg',
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    extensions: ['.jpg', '.jpeg'],
    matches: (d) => startsWith(d, [0xff, 0xd8, 0xff]),
  },
  {
    kind: 'image',
    mimeType: 'image/png',
    declared: ['image/png'],
    extensions: ['.png'],
    matches: (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    kind: 'image',
    mimeType: 'image/gif',
    declared: ['image/gif'],
    extensions: ['.gif'],
    matches: (d) => startsWith(d, ascii('GIF87a')) || startsWith(d, ascii('GIF89a')),
  },
  {
    kind: 'image',
    mimeType: 'image/webp',
    declared: ['image/webp'],
    extensions: ['.webp'],
    matches: (d) => startsWith(d, ascii('RIFF')) && startsWith(d, ascii('WEBP'), 8),
  },
  { kind: 'text', mimeType: 'text/plain', declared: ['text/plain'], extensions: ['.txt'], matches: isText },
];

export const ACCEPTED_TYPES_TEXT = 'PDF, DOCX, DOC, TXT, JPEG, PNG, WebP, GIF';
export const ACCEPTED_MIME_TYPES = [...new Set(RULES.flatMap((rule) => rule.declared))];
/** The types files are stored and served with. */
export const CANONICAL_MIME_TYPES = [...new Set(RULES.map((rule) => rule.mimeType))];
const UNSPECIFIC = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot).toLowerCase();
}

/**
 * The type of an uploaded resume, when the declared type AND the content (magic bytes) agree.
 * A client that declares nothing specific (application/octet-stream) must then name it by extension.
 */
export function detectResumeFileType(
  file: { filename: string; declaredMimeType: string; data: Buffer },
): { kind: ResumeFileKind; mimeType: string } | undefined {
  const rule = RULES.find((candidate) => candidate.matches(file.data));
  if (!rule) return undefined;
  const declared = file.declaredMimeType.split(';')[0].trim().toLowerCase();
  const agrees = rule.declared.includes(declared) || (UNSPECIFIC.has(declared) && rule.extensions.includes(extensionOf(file.filename)));
  return agrees ? { kind: rule.kind, mimeType: rule.mimeType } : undefined;
}
