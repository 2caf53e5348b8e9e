import fs from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import PDFDocument from 'pdfkit';

/** Fonts with Chinese glyphs, from Debian packages; the first found is used. */
const CJK_FONTS = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei', debian: 'fonts-wqy-microhei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei', debian: 'fonts-wqy-zenhei' },
];

/** Never skips: a machine without the font fails the test with what to install. */
export function cjkFont(): { path: string; family: string } {
  const font = CJK_FONTS.find((f) => fs.existsSync(f.path));
  if (!font) {
    throw new Error(
      `No CJK font for Chinese PDF fixtures: install the Debian package ${CJK_FONTS[0].debian} ` +
        `(apt-get install ${CJK_FONTS[0].debian}; infra/bootstrap.sh --test installs it). Looked for ${CJK_FONTS.map((f) => f.path).join(', ')}`,
    );
  }
  return font;
}

export async function buildDocx(paragraphs: string[], tableRows: string[][] = []): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = new Table({ rows: tableRows.map((row) => new TableRow({ children: row.map(cell) })) });
  const children = [...(tableRows.length ? [table] : []), ...paragraphs.map((text) => new Paragraph(text))];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export function buildPdf(lines: string[], options: { chinese?: boolean; pages?: number; userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ margin: 50, userPassword: options.userPassword, ownerPassword: options.userPassword && 'owner' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  if (options.chinese) {
    const font = cjkFont();
    doc.font(font.path, font.family);
  }
  for (let page = 0; page < (options.pages ?? 1); page++) {
    if (page > 0) doc.addPage();
    for (const line of lines) doc.fontSize(11).text(line);
  }
  doc.end();
  return done;
}

/**
 * A template laid out in columns: each row's cells (split at tabs or wide gaps) side by side on one
 * baseline, as resume templates place headings beside their content and dates beside employers.
 */
export function buildColumnsPdf(rows: string[], options: { chinese?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  if (options.chinese) doc.font(cjkFont().path, cjkFont().family);
  doc.fontSize(10);
  rows.forEach((row, index) => {
    let x = 40;
    for (const cell of row.split(/\t| {2,}/)) {
      if (cell) doc.text(cell, x, 50 + index * 18, { lineBreak: false });
      x += (cell ? doc.widthOfString(cell) : 60) + 24;
    }
  });
  doc.end();
  return done;
}
