// A PDF as committed (bytes) → Report. The extraction stage's text view becomes the source lines, read by the same
// parser and audit as a text file; each line keeps the page it was printed on, so every line a figure or finding
// names has its page. The identity is given by the content folder (path and registry), as there is no front matter.
import { extractPdf } from '../extract/pdf/extract.ts';
import type { FrontMatter } from '../extract/source.ts';
import { Diagnostics } from '../model/diagnostics.ts';
import type { Report } from '../model/schema.ts';
import { parseSource, unreadableReport } from './parse-report.ts';
import { gridLines } from '../parse/grid/lines.ts';

/** `given` is null for a PDF outside a content folder (`npm run check -- --json FILE.pdf`): identity from its text. */
export async function parsePdfBytes(bytes: Uint8Array, file: string, given: FrontMatter | null): Promise<Report> {
  const pdf = await extractPdf(bytes);
  if (pdf.diagnostics.some((d) => d.severity === 'error')) return unreadableReport(file, pdf.diagnostics);
  const { lines, origins } = pdf.view;
  const grid = gridLines(pdf.pages, pdf.view);
  const report = parseSource({ lines, bodyStart: 1, frontMatter: given ?? {} }, file, new Diagnostics(), given ? 'path' : 'frontMatter', grid);
  return {
    ...report,
    diagnostics: [...pdf.diagnostics, ...report.diagnostics].sort((a, b) => a.line - b.line),
    source: { ...report.source, pages: origins.map((o) => o?.page ?? null) },
  };
}
