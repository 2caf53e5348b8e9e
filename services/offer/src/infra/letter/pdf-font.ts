import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** A font with Chinese glyphs, read once: pdfkit's standard fonts have none. */
export interface PdfFont {
  data: Buffer;
  /** The face inside a collection (.ttc), e.g. WenQuanYiMicroHei; ignored for single-face files. */
  family: string;
  path: string;
}

/**
 * Reads and tries the configured font at start-up, so a missing package stops the service with a
 * message saying what to install, not the first send with a stack trace.
 */
export function loadPdfFont(path: string, family: string): PdfFont {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw new Error(
      `OFFER_PDF_FONT: cannot read the CJK font ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); ` +
        'install fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or point OFFER_PDF_FONT at a font with Chinese glyphs',
    );
  }
  try {
    new PDFDocument({ autoFirstPage: false }).font(data, family);
  } catch (error) {
    throw new Error(`OFFER_PDF_FONT: ${path} has no usable face ${family} (${(error as Error).message}); check OFFER_PDF_FONT_FAMILY`);
  }
  return { data, family, path };
}
