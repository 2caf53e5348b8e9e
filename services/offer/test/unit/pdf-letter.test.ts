import { DEFAULT_TEMPLATES } from '../../src/infra/letter/default-templates';
import { LetterComposer } from '../../src/infra/letter/letter-composer';
import { loadPdfFont } from '../../src/infra/letter/pdf-font';
import { NOW, terms } from './offer-fixtures';
import { pdfText } from './pdf-text';

const FONT = process.env.OFFER_PDF_FONT ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const links = { accept: 'https://hr.example.com/a', decline: 'https://hr.example.com/d' };

describe('PDF offer letter', () => {
  it('embeds the CJK font: the Chinese name and the salary read back from the PDF', async () => {
    const composer = new LetterComposer({ companyName: '示例科技', timeZone: 'Asia/Shanghai', font: loadPdfFont(FONT, 'WenQuanYiMicroHei') });
    const letter = await composer.compose({
      content: DEFAULT_TEMPLATES['zh-CN'],
      terms: terms(),
      locale: 'zh-CN',
      offerNumber: 'OFF-2026-00007',
      issuedAt: NOW,
      links,
    });
    expect(letter.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter.filename).toBe('OFF-2026-00007.pdf');
    const text = await pdfText(letter.pdf);
    for (const part of ['录用通知书', '张三', 'Java 开发工程师', '¥30,000.00', '¥452,000.00', '2026年12月15日', '3年固定期限劳动合同']) {
      expect(text).toContain(part);
    }
    // The font is subset: the letter stays mail-sized although the collection is megabytes.
    expect(letter.pdf.length).toBeLessThan(300_000);
  });

  it('fails clearly when the font is missing or has no such face', () => {
    expect(() => loadPdfFont('/nonexistent/font.ttc', 'X')).toThrow(/OFFER_PDF_FONT: cannot read the CJK font \/nonexistent\/font.ttc \(ENOENT\); install fonts-wqy-microhei/);
    expect(() => loadPdfFont(FONT, 'NoSuchFace')).toThrow(/OFFER_PDF_FONT: .* has no usable face NoSuchFace/);
  });
});
