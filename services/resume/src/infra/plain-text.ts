import iconv from 'iconv-lite';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 when the bytes are valid UTF-8 (GBK text almost never is), UTF-16 by its byte-order mark,
 * otherwise GB18030, the superset of GBK/GB2312 that Chinese Windows editors save .txt files in.
 */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return iconv.decode(data, 'utf-16le');
  if (data[0] === 0xfe && data[1] === 0xff) return iconv.decode(data, 'utf-16be');
  try {
    return UTF8.decode(data).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(data, 'gb18030');
  }
}
