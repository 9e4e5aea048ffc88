// A PDF as committed (bytes) → its pages of positioned lines and cells, the numbered text view, and diagnostics.
// Never throws: a PDF that cannot be read whole comes back with an error diagnostic (and whatever pages it had).
import { OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Diagnostic } from '../../model/schema.ts';
import { pageFragments, type TextRun } from './geometry.ts';
import { layoutLines } from './layout.ts';
import { withPdf } from './pdfjs.ts';
import { blankPages, damagedPages, imagePages, misplaced, noText, notBudget, openFailure } from './problems.ts';
import { misplacedObjects } from './structure.ts';
import { textView, type PdfPage, type TextView } from './text-view.ts';

export interface PdfExtraction {
  pageCount: number;
  pages: PdfPage[];
  view: TextView;
  /** An error among them means the document is not to be published. */
  diagnostics: Diagnostic[];
}

type PageRead = { page: PdfPage; pictures: boolean } | { failed: number };

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);

/** Told how long each page took to read (ms), for `npm run bench`. */
export type PageTimer = (page: number, ms: number) => void;

export async function extractPdf(bytes: Uint8Array, timer?: PageTimer): Promise<PdfExtraction> {
  const lost = misplacedObjects(bytes);
  if (lost > 0) return unreadable(misplaced(lost, bytes));
  try {
    return await withPdf(bytes, (doc) => readDocument(doc, timer));
  } catch (error) {
    return unreadable(openFailure(error, bytes));
  }
}

const unreadable = (diagnostic: Diagnostic): PdfExtraction => ({ pageCount: 0, pages: [], view: textView([]), diagnostics: [diagnostic] });

async function readDocument(doc: PDFDocumentProxy, timer?: PageTimer): Promise<PdfExtraction> {
  const reads: PageRead[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const start = performance.now();
    reads.push(await readPage(doc, n));
    timer?.(n, performance.now() - start);
  }
  const pages = reads.map((r) => ('page' in r ? r.page : emptyPage(r.failed)));
  const view = textView(pages);
  return { pageCount: doc.numPages, pages, view, diagnostics: pageDiagnostics(reads, view) };
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PageRead> {
  let page: PDFPageProxy | null = null;
  try {
    page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = content.items.filter((item): item is TextRun & typeof item => 'str' in item);
    const frame = pageFragments(runs, viewport);
    const lines = layoutLines(frame.fragments);
    const pictures = lines.length === 0 && (await hasImages(page));
    return { page: { number: n, width: frame.width, height: frame.height, rotate: page.rotate, lines }, pictures };
  } catch {
    return { failed: n };
  } finally {
    page?.cleanup();
  }
}

/** Only asked of pages without text: a scanned page paints an image, a blank page does not. */
async function hasImages(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  return ops.fnArray.some((op) => IMAGE_OPS.has(op));
}

const emptyPage = (number: number): PdfPage => ({ number, width: 0, height: 0, rotate: 0, lines: [] });

function pageDiagnostics(reads: readonly PageRead[], view: TextView): Diagnostic[] {
  const failed = reads.flatMap((r) => ('failed' in r ? [r.failed] : []));
  const read = reads.flatMap((r) => ('page' in r ? [r] : []));
  const textless = read.filter((r) => r.page.lines.length === 0);
  const lineOf = (pages: readonly number[]) => view.pageLines[pages[0] - 1];
  const found: Diagnostic[] = [];
  if (failed.length > 0) found.push(damagedPages(failed, lineOf(failed)));
  if (read.length > 0 && textless.length === read.length) return [...found, noText(reads.length)];
  const pictures = textless.filter((r) => r.pictures).map((r) => r.page.number);
  const blank = textless.filter((r) => !r.pictures).map((r) => r.page.number);
  if (pictures.length > 0) found.push(imagePages(pictures, lineOf(pictures)));
  if (blank.length > 0) found.push(blankPages(blank, lineOf(blank)));
  const other = read.length > 0 ? notBudget(view.lines) : null;
  return other ? [...found, other] : found;
}
