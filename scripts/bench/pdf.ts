// PDF extraction speed and memory on the real published PDFs in shared/samples beside the repository (or beside
// the nearest ancestor folder, as for git worktrees nested deeper): ms per page and per document, mean and worst,
// and the peak memory of this process while extracting. Run before any corpus is built, so the peak is extraction's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/extract.ts';

export interface PdfBench {
  documents: { file: string; pages: number; ms: number; worstPageMs: number }[];
  perPage: { meanMs: number; worstMs: number };
  perDocument: { meanMs: number; worstMs: number };
  peakRssBytes: number;
}

/** shared/samples beside the repository or one of its ancestors; null when there is none. */
export function samplesDir(root: string): string | null {
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'samples'))) return join(dir, 'shared', 'samples');
    if (dir === dirname(dir)) return null;
  }
}

export async function benchPdfs(dir: string): Promise<PdfBench> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  // The first document also pays for loading pdfjs and its CMaps: read once before timing.
  if (files.length > 0) await extractPdf(readFileSync(files[0]));
  const documents: PdfBench['documents'] = [];
  const pageMs: number[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const pages: number[] = [];
    const start = performance.now();
    await extractPdf(bytes, (_, ms) => pages.push(ms));
    documents.push({ file: basename(file), pages: pages.length, ms: performance.now() - start, worstPageMs: Math.max(0, ...pages) });
    pageMs.push(...pages);
  }
  const docMs = documents.map((d) => d.ms);
  return {
    documents,
    perPage: { meanMs: docMs.reduce((a, b) => a + b, 0) / Math.max(1, pageMs.length), worstMs: Math.max(0, ...pageMs) },
    perDocument: { meanMs: docMs.reduce((a, b) => a + b, 0) / Math.max(1, docMs.length), worstMs: Math.max(0, ...docMs) },
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

export function pdfTable(b: PdfBench): string {
  const ms = (v: number) => v.toFixed(1);
  return [
    `PDF extraction (${b.documents.length} documents, ${b.documents.reduce((n, d) => n + d.pages, 0)} pages, 1 core):`,
    ...b.documents.map((d) => `  ${d.file}: ${d.pages} pages, ${ms(d.ms)} ms (${ms(d.ms / Math.max(1, d.pages))} ms/page, worst page ${ms(d.worstPageMs)} ms)`),
    `  per page: mean ${ms(b.perPage.meanMs)} ms, worst ${ms(b.perPage.worstMs)} ms`,
    `  per document: mean ${ms(b.perDocument.meanMs)} ms, worst ${ms(b.perDocument.worstMs)} ms`,
    `  peak RSS of the process while extracting: ${(b.peakRssBytes / 1e6).toFixed(0)} MB`,
  ].join('\n');
}
