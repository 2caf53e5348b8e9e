const RFC5987_EXTRA = /['()*]/g;

/** Printable ASCII without quotes, backslashes or path separators: the fallback for old clients. */
function asciiFallback(filename: string): string {
  const plain = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\/%;]/g, '_').trim();
  return plain.replace(/_+/g, '_') || 'download';
}

/** Strips what must never reach a header or a file system: control characters and directories. */
export function safeFilename(filename: string, fallback = 'resume'): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return cleaned || fallback;
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 + RFC 5987): modern clients use the UTF-8
 * name (简历.pdf), older ones the ASCII fallback. Always an attachment, so a file never renders inline.
 */
export function attachmentDisposition(filename: string): string {
  const name = safeFilename(filename, 'download');
  const encoded = encodeURIComponent(name).replace(RFC5987_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encoded}`;
}
