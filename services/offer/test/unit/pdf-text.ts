import vm from 'node:vm';
import { requireEsm } from './esm-module';

interface PdfJs {
  getDocument(options: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<any> }> };
}

/** The text of every page of a PDF, read back with pdfjs-dist (an ES module, loaded outside jest's registry). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = requireEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs checks `instanceof Uint8Array` in its own realm, which is not the test sandbox's.
  const OuterUint8Array = vm.runInThisContext('Uint8Array') as Uint8ArrayConstructor;
  const document = await pdfjs.getDocument({ data: new OuterUint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item: { str?: string }) => item.str ?? '').join(''));
  }
  return pages.join('\n');
}
