// The PDF's rows as the table reader sees them: each text-view line with its page and its cells' x-ranges, so that
// cells are given to columns by position (a blank cell is simply absent from a PDF row).
import type { PdfPage, TextView } from '../../extract/pdf/text-view.ts';

export interface GridCell {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface GridLine {
  /** Text-view line number: what figures and findings point to. */
  line: number;
  page: number;
  y: number;
  cells: GridCell[];
}

export function gridLines(pages: readonly PdfPage[], view: TextView): GridLine[] {
  const out: GridLine[] = [];
  for (const page of pages) {
    const first = view.pageLines[page.number - 1];
    page.lines.forEach((l, i) => out.push({ line: first + i, page: page.number, y: l.y, cells: l.cells.map((c) => ({ ...c, text: c.text.trim() })) }));
  }
  return out;
}

export const joined = (l: GridLine) => l.cells.map((c) => c.text).join('');
