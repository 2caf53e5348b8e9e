import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UnreadableDocumentError } from './unreadable-document.error';

export interface PdfTextOptions {
  timeoutMs?: number;
  maxPages?: number;
}

interface WorkerReply {
  text?: string;
  error?: { name: string; message: string };
}

/**
 * pdfjs-dist ships only ES modules, which jest's CommonJS runtime cannot `require`. A worker
 * thread loads it with a native `import()`, and also keeps a slow or hostile PDF off the
 * service's event loop: it can be stopped on a deadline.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
function pageText(items) {
  let out = '';
  let lastY;
  let lastEnd;
  let inkEnd;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const gap = Math.max(1, (item.height || 10) * 0.2);
    const sameLine = lastY !== undefined && Math.abs(y - lastY) <= 2;
    // Wider than a couple of characters from the last text (pdf.js may put a space item between):
    // a template's next column, written as a tab as in text files.
    const column = sameLine && inkEnd !== undefined && /^\\S/.test(item.str) && x - inkEnd > (item.height || 10) * 1.5;
    if (lastY !== undefined && !sameLine && !out.endsWith('\\n')) out += '\\n';
    else if (column) out = out.replace(/ +$/, '') + '\\t';
    else if (lastEnd !== undefined && x - lastEnd > gap && !/\\s$/.test(out) && /^\\S/.test(item.str)) out += ' ';
    out += item.str;
    if (item.hasEOL) out += '\\n';
    lastY = y;
    lastEnd = x + item.width;
    if (item.str.trim()) inkEnd = lastEnd;
    if (item.hasEOL) inkEnd = undefined;
  }
  return out;
}
(async () => {
  const pdfjs = await import(workerData.library);
  const task = pdfjs.getDocument({
    data: workerData.data,
    cMapUrl: workerData.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: workerData.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await task.promise;
  const pages = [];
  for (let n = 1; n <= Math.min(document.numPages, workerData.maxPages); n++) {
    const page = await document.getPage(n);
    pages.push(pageText((await page.getTextContent()).items));
    page.cleanup();
  }
  await task.destroy();
  parentPort.postMessage({ text: pages.join('\\n') });
})().catch((error) => parentPort.postMessage({ error: { name: String(error && error.name), message: String(error && error.message) } }));
`;

let pdfjsRoot: string | undefined;
function pdfjsFiles() {
  pdfjsRoot ??= path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    library: pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.mjs')).href,
    // pdfjs reads these from the file system in Node; CJK PDFs often need the predefined CMaps.
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
  };
}

export async function pdfText(data: Buffer, options: PdfTextOptions = {}): Promise<string> {
  const reply = await runWorker(data, options.timeoutMs ?? 30_000, options.maxPages ?? 50);
  if (reply.text !== undefined) return reply.text;
  const { name, message } = reply.error ?? { name: 'Error', message: 'no reply' };
  if (name === 'PasswordException') throw new UnreadableDocumentError('encrypted', 'the PDF is password-protected', 'pdf');
  throw new UnreadableDocumentError('corrupt', `the PDF could not be read: ${message}`, 'pdf');
}

function runWorker(data: Buffer, timeoutMs: number, maxPages: number): Promise<WorkerReply> {
  const bytes = new Uint8Array(data);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { ...pdfjsFiles(), data: bytes, maxPages },
    transferList: [bytes.buffer],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return new Promise<WorkerReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new UnreadableDocumentError('timeout', `reading the PDF took longer than ${timeoutMs} ms`, 'pdf'));
      void worker.terminate();
    }, timeoutMs);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    worker.once('message', (reply: WorkerReply) => settle(() => resolve(reply)));
    worker.once('error', (error) => settle(() => reject(new UnreadableDocumentError('corrupt', `the PDF reader failed: ${error.message}`, 'pdf', { cause: error }))));
    worker.once('exit', (code) => settle(() => reject(new UnreadableDocumentError('corrupt', `the PDF reader stopped (exit ${code})`, 'pdf'))));
  });
}
