import { detectResumeFileType } from '../../src/uploads/resume-file-type';
import { PNG_1X1, fakeExe, plainZip, tinyDocx, tinyPdf } from '../support/resume-fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const detect = (filename: string, declaredMimeType: string, data: Buffer) => detectResumeFileType({ filename, declaredMimeType, data });

describe('resume file type: declared type AND magic bytes', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await tinyDocx();
  });

  it('accepts PDF, DOCX and DOC whose content matches', () => {
    expect(detect('简历.pdf', 'application/pdf', tinyPdf())).toEqual({ kind: 'pdf', mimeType: 'application/pdf' });
    expect(detect('cv.docx', DOCX, docx)).toEqual({ kind: 'docx', mimeType: DOCX });
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(detect('old.doc', 'application/msword', ole)).toEqual({ kind: 'doc', mimeType: 'application/msword' });
  });

  it('accepts images as images, with their canonical type', () => {
    expect(detect('photo.png', 'image/png', PNG_1X1)).toEqual({ kind: 'image', mimeType: 'image/png' });
    expect(detect('photo.jpg', 'image/jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ kind: 'image', mimeType: 'image/jpeg' });
    expect(detect('a.gif', 'image/gif', Buffer.from('GIF89a\u0001\u0000', 'latin1'))?.mimeType).toBe('image/gif');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(detect('a.webp', 'image/webp', webp)?.mimeType).toBe('image/webp');
  });

  it('accepts plain text in UTF-8 (Chinese too) and UTF-16 with a byte-order mark', () => {
    expect(detect('简历.txt', 'text/plain; charset=utf-8', Buffer.from('张伟\n电话 13812345678\n'))).toEqual({ kind: 'text', mimeType: 'text/plain' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('张伟 Java', 'utf16le')]);
    expect(detect('cv.txt', 'text/plain', utf16)?.kind).toBe('text');
  });

  it('refuses content that does not match the declared type', () => {
    expect(detect('cv.pdf', 'application/pdf', plainZip())).toBeUndefined();
    expect(detect('cv.pdf', 'application/pdf', docx)).toBeUndefined();
    expect(detect('cv.docx', DOCX, plainZip())).toBeUndefined();
    expect(detect('cv.txt', 'text/plain', fakeExe())).toBeUndefined();
    expect(detect('photo.png', 'image/png', tinyPdf())).toBeUndefined();
  });

  it('refuses types that are no resume at all', () => {
    expect(detect('setup.exe', 'application/x-msdownload', fakeExe())).toBeUndefined();
    expect(detect('page.html', 'text/html', Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
    expect(detect('a.zip', 'application/zip', plainZip())).toBeUndefined();
  });

  it('lets an unspecific declared type through only when the extension names the detected content', () => {
    expect(detect('cv.docx', 'application/octet-stream', docx)?.kind).toBe('docx');
    expect(detect('CV.PDF', '', tinyPdf())?.kind).toBe('pdf');
    expect(detect('cv.pdf', 'application/octet-stream', docx)).toBeUndefined();
    expect(detect('cv', 'application/octet-stream', tinyPdf())).toBeUndefined();
  });
});
