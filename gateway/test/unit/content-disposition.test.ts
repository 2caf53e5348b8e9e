import { attachmentDisposition, safeFilename } from '../../src/uploads/content-disposition';

describe('download headers', () => {
  it('names a Chinese file in UTF-8 (RFC 5987) with an ASCII fallback', () => {
    expect(attachmentDisposition('张伟-简历.pdf')).toBe(
      `attachment; filename="_-_.pdf"; filename*=UTF-8''%E5%BC%A0%E4%BC%9F-%E7%AE%80%E5%8E%86.pdf`,
    );
  });

  it('keeps quotes, separators and control characters out of the header', () => {
    const header = attachmentDisposition('a"b\\c/..\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(attachmentDisposition("it's (final)*.pdf")).toContain("filename*=UTF-8''it%27s%20%28final%29%2A.pdf");
  });

  it('drops directories and falls back to a name', () => {
    expect(safeFilename('C:\\Users\\hr\\简历.docx')).toBe('简历.docx');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('\u0000\u0007')).toBe('resume');
    expect(attachmentDisposition('')).toContain('filename="download"');
  });
});
