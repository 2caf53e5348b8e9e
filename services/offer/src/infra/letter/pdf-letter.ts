import PDFDocument from 'pdfkit';
import type { Token, Tokens } from 'marked';
import { markdownTokens } from './markdown';
import { inlineText } from './markdown-text';
import type { PdfFont } from './pdf-font';

export interface PdfLetterOptions {
  font: PdfFont;
  title: string;
  author: string;
  /** Stamped as the document's creation date, so a letter re-rendered later reads the same. */
  createdAt: Date;
}

type Doc = PDFKit.PDFDocument;
const BODY_SIZE = 11;
const HEADING_SIZES = [20, 15, 13, 12, 11, 11];

function table(doc: Doc, token: Tokens.Table): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = token.header.length;
  const widths = columns === 2 ? [width * 0.38, width * 0.62] : Array<number>(columns).fill(width / columns);
  const rows = [token.header, ...token.rows];
  doc.fontSize(BODY_SIZE);
  rows.forEach((row) => {
    const cells = row.map((cell) => inlineText(cell.tokens));
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 12 }))) + 10;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor('#999999').stroke();
      doc.fillColor('#222222').text(text, x + 6, top + 5, { width: widths[i] - 12 });
      x += widths[i];
    });
    doc.x = left;
    doc.y = top + height;
  });
  doc.moveDown(0.6);
}

function block(doc: Doc, token: Token): void {
  const left = doc.page.margins.left;
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      doc.fontSize(HEADING_SIZES[heading.depth - 1] ?? BODY_SIZE).text(inlineText(heading.tokens), { align: heading.depth === 1 ? 'center' : 'left' });
      doc.moveDown(0.6);
      return;
    }
    case 'paragraph':
      doc.fontSize(BODY_SIZE).text(inlineText((token as Tokens.Paragraph).tokens), left, doc.y, { lineGap: 4 });
      doc.moveDown(0.6);
      return;
    case 'list': {
      const list = token as Tokens.List;
      const first = typeof list.start === 'number' ? list.start : 1;
      list.items.forEach((item, i) => {
        const marker = list.ordered ? `${first + i}. ` : '• ';
        doc.fontSize(BODY_SIZE).text(`${marker}${inlineText(item.tokens).trim()}`, left + 12, doc.y, { lineGap: 3 });
      });
      doc.x = left;
      doc.moveDown(0.6);
      return;
    }
    case 'table':
      return table(doc, token as Tokens.Table);
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.forEach((inner) => block(doc, inner));
    case 'code':
      doc.fontSize(BODY_SIZE).text((token as Tokens.Code).text, left, doc.y);
      doc.moveDown(0.6);
      return;
    case 'hr': {
      const y = doc.y + 4;
      doc.moveTo(left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(0.5).strokeColor('#999999').stroke();
      doc.y = y + 8;
      return;
    }
    default:
      return;
  }
}

/** The letter as an A4 PDF with the CJK font embedded (subset), from the filled-in markdown. */
export function renderPdf(markdown: string, options: PdfLetterOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: options.title, Author: options.author, Creator: options.author, CreationDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(options.font.data, options.font.family).fillColor('#222222');
  for (const token of markdownTokens(markdown)) block(doc, token);
  doc.end();
  return done;
}
