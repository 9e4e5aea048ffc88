// The document's extracted text as numbered lines: one line per visual row, its cells separated by TAB, a blank
// line between pages. It is what the report page shows as the original text and what the text stages read, and
// every line knows its page and position, so a figure read from a line points back to its place in the PDF.
import type { PdfLine } from './layout.ts';

export interface PdfPage {
  /** 1-based page number, as a PDF viewer counts (original.pdf#page=N). */
  number: number;
  /** Size as displayed (after rotation), page units. */
  width: number;
  height: number;
  /** The page's /Rotate (0, 90, 180, 270). */
  rotate: number;
  lines: PdfLine[];
}

/** Where a text-view line was printed: its page, its baseline and horizontal extent (page units, top-left origin). */
export interface LineOrigin {
  page: number;
  y: number;
  x0: number;
  x1: number;
}

export interface TextView {
  /** Line n of the text view is lines[n - 1]. */
  lines: string[];
  /** origins[n - 1] for line n; null for the blank lines between pages. */
  origins: (LineOrigin | null)[];
  /** pageLines[p - 1]: the first text-view line of page p; for a page without text, the blank line before it. */
  pageLines: number[];
}

export function textView(pages: readonly PdfPage[]): TextView {
  const view: TextView = { lines: [], origins: [], pageLines: [] };
  for (const page of pages) {
    if (page.number > 1) {
      view.lines.push('');
      view.origins.push(null);
    }
    view.pageLines.push(page.lines.length > 0 ? view.lines.length + 1 : Math.max(1, view.lines.length));
    for (const line of page.lines) {
      view.lines.push(line.cells.map((c) => c.text).join('\t'));
      view.origins.push({ page: page.number, y: line.y, x0: line.cells[0].x0, x1: line.cells.at(-1)!.x1 });
    }
  }
  return view;
}
